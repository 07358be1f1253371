import type { Grant, VendorId } from '../grants.ts'
import type { SandboxState } from '../state.ts'
import type { AuthorizationCode, ClientRegistration, PendingAuthorization } from './types.ts'

export type AuthorizeProblem =
  | 'unknown_client'
  | 'bad_redirect_uri'
  | 'missing_aud'
  | 'wrong_aud'
  | 'bad_response_type'
  | 'missing_scope'
  | 'bad_pkce_method'
  | 'invalid_launch'
  | 'persona_mismatch'
  | 'post_not_allowed'
  | 'access_denied'

/** Where an authorize error goes: a page (no trustworthy redirect) or back to the app. */
export interface AuthorizeErrorContext {
  origin: string
  problem: AuthorizeProblem
  description: string
  /** Present only when client and redirect_uri were both valid. */
  redirectUri?: string
  state?: string
  clientId?: string
}

export interface TokenErrorContext {
  origin: string
  status: number
  error: string
  description: string
  /** Machine-readable reason, used by vendors that publish error URNs. */
  detail: string
  clientId?: string
}

export interface TokenContext {
  state: SandboxState
  client: ClientRegistration
  grant: Grant
  code: AuthorizationCode
}

/** The parts of an authorization server that differ between vendors. */
export interface AuthPersonality {
  vendor: VendorId
  /** Display name on sign-in pages. */
  brand: { name: string; color: string; consentTitle: string; chooserTitle: string }
  defaultTokenTtl: number
  clients: () => ClientRegistration[]
  /** Durations (seconds) the patient may pick on the consent page; empty hides the control. */
  accessDurations: Array<{ label: string; seconds: number }>
  /** POST to authorize: allowed for EHR launches only (Epic) or always (Cerner). */
  authorizePost: 'ehr-only' | 'always'
  authorizeError(ctx: AuthorizeErrorContext): Response
  tokenError(e: TokenErrorContext): Response
  /** Applies the vendor's scope grammar and the app registration to the requested scopes. */
  grantScopes(requested: string[], client: ClientRegistration, pending: PendingAuthorization): string[]
  /** Whether this code exchange yields a refresh token. */
  issuesRefreshToken(client: ClientRegistration, grantedScope: string[], clientAuthenticated: boolean): boolean
  /** Epic rotates refresh tokens; Cerner keeps the original one. */
  rotatesRefreshToken: boolean
  tokenExtras(ctx: TokenContext, origin: string): Record<string, unknown>
  refreshExtras(grant: Grant): Record<string, unknown>
  idTokenClaims(grant: Grant, clientId: string, origin: string, now: number): Record<string, unknown>
  introspection(grant: Grant, token: { expiresAt: number }, origin: string): Record<string, unknown>
  /** Random bytes in an access token: Epic's are ~1,050-character opaque strings. Default 32. */
  accessTokenBytes?: number
  /** Cerner answers 400 invalid_scope (empty-scopes) when every requested resource scope was dropped. */
  refusesEmptyGrant?: (grantedScope: string[]) => boolean
  /** The `scope` string in token responses; Epic splits v2 grants per permission. */
  scopeText?: (grantedScope: string[]) => string
}
