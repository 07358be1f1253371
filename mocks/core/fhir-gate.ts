import type { Grant } from './grants.ts'
import { allows, type Interaction } from './scopes.ts'
import { grantForRequest, type SandboxState } from './state.ts'

export interface FhirRequest {
  req: Request
  url: URL
  /** Absolute FHIR base, e.g. http://localhost:4010/epic/api/FHIR/R4 */
  baseUrl: string
  /** Path segments after the base: ['Observation'] or ['Patient', '123']. */
  path: string[]
  resourceType: string
  id?: string
  grant: Grant
  state: SandboxState
}

/** One vendor's FHIR server. Everything it returns is shaped like that vendor's responses. */
export interface FhirPersonality {
  /** Resource types this server routes; others get the vendor's unknown-type answer. */
  supportedTypes: ReadonlySet<string>
  /** CapabilityStatement; no token needed. */
  metadata(baseUrl: string, req: Request): Response
  /** Missing, invalid or expired token. */
  unauthorized(req: Request): Response
  /** Token valid but the grant lacks the type or interaction. */
  forbidden(req: Request, resourceType: string): Response
  /** A type the server does not route at all. */
  unknownType(req: Request, resourceType: string): Response
  /** Read or search, after the gate checked the token and the grant. */
  handle(request: FhirRequest): Response | Promise<Response>
}

/** Token and scope checks shared by both vendors; shapes of every answer come from the personality. */
export async function serveFhir(
  personality: FhirPersonality,
  state: SandboxState,
  req: Request,
  baseUrl: string,
  path: string[],
): Promise<Response> {
  if (path.length === 1 && path[0] === 'metadata') return personality.metadata(baseUrl, req)
  const grant = grantForRequest(state, req)
  if (!grant || grant.aud !== baseUrl) return personality.unauthorized(req)
  const [resourceType, id] = path
  if (!resourceType || !personality.supportedTypes.has(resourceType)) {
    return personality.unknownType(req, resourceType ?? '')
  }
  const interaction: Interaction = id && id !== '_search' ? 'read' : 'search'
  if (!allows(grant.scope, resourceType, interaction)) return personality.forbidden(req, resourceType)
  return personality.handle({ req, url: new URL(req.url), baseUrl, path, resourceType, id, grant, state })
}
