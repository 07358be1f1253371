// How much of a list the user is seeing. "No allergies recorded" and "allergies not shared with this
// app" must never look alike, so every list carries one of these states next to its items.
import type { Grants } from '../launch/grants.ts'
import { grantFor } from '../launch/grants.ts'
import { isAbortError, isFhirError, type FhirErrorKind } from './errors.ts'
import type { FhirWarning } from './warnings.ts'

export type Completeness =
  | { state: 'shown'; count: number }
  | { state: 'empty' }
  | { state: 'not-shared'; message?: string }
  | { state: 'not-supported'; message: string }
  | { state: 'failed'; message: string; kind?: FhirErrorKind }

export const notShared = (message?: string): Completeness => (message ? { state: 'not-shared', message } : { state: 'not-shared' })

/**
 * Shown or empty for a list that loaded. An empty list whose server said results were suppressed
 * (issue type `suppressed`: the client is not authorized for that sub-type) is not-shared, not empty.
 */
export function completenessOf(count: number, warnings: FhirWarning[] = []): Completeness {
  if (count > 0) return { state: 'shown', count }
  if (warnings.some((w) => w.source === 'server' && w.code === 'suppressed')) return notShared()
  return { state: 'empty' }
}

/** The state for a failed request. Cancellation is not a state: it is rethrown for the query layer. */
export function completenessFromError(e: unknown): Completeness {
  if (isAbortError(e)) throw e
  if (!isFhirError(e)) return { state: 'failed', message: e instanceof Error ? e.message : String(e) }
  if (e.status === 401 || e.status === 403) return notShared(e.message)
  if (e.status === 400 && e.outcome) return { state: 'not-supported', message: e.message }
  return { state: 'failed', message: e.message, kind: e.kind }
}

const codeOf = (token: string) => token.slice(token.lastIndexOf('|') + 1)

/**
 * Whether the grant lets the app search `type` (and, for v2 granular scopes such as
 * `Observation.rs?category=…|laboratory`, this category). When it does not, no request is made.
 */
export function searchGranted(grants: Grants, type: string, category?: string): boolean {
  const g = grantFor(grants, type)
  if (!g.search) return false
  if (!category || g.searchFilters.length === 0) return true
  return g.searchFilters.some((f) => f.category === undefined || f.category.split(',').some((t) => codeOf(t) === category))
}

export function readGranted(grants: Grants, type: string): boolean {
  return grantFor(grants, type).read
}
