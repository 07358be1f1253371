// How much of a list the user is seeing, for a list that loaded. A request that failed is not a
// state of the list: it is thrown as a FhirError, so the query layer keeps the last good data and the
// screen says what went wrong (see failure.ts). "No allergies recorded", "allergies not shared with
// this app" and "only part of the list" must never look alike, so every list carries one of these.
import type { Grants } from '../launch/grants.ts'
import { grantFor } from '../launch/grants.ts'
import type { FhirWarning } from './warnings.ts'

/** Why a list that loaded is not the whole list. */
export type IncompleteReason = 'page-error' | 'foreign-next' | 'loop' | 'max-pages' | 'max-entries'

export interface Incomplete {
  reason: IncompleteReason
  /**
   * The server hands out newest results first, so what did load holds the newest ones. When false
   * (or unknown), a "latest" value computed from the loaded part may not be the latest.
   */
  newestFirst: boolean
}

export type Completeness =
  | { state: 'shown'; count: number; incomplete?: Incomplete }
  /** `withheld`: the server said some kinds of records were withheld from this app (Epic 59204). */
  | { state: 'empty'; withheld?: boolean; incomplete?: Incomplete }
  /** The grant does not cover this type, so it was never asked for. */
  | { state: 'not-shared'; message?: string }

export const notShared = (message?: string): Completeness => (message ? { state: 'not-shared', message } : { state: 'not-shared' })

/** Client warning codes that mean the list stops short of the server's last page. */
const STOP_CODES: Record<string, IncompleteReason> = {
  partial: 'page-error',
  'paging-foreign-next': 'foreign-next',
  'paging-loop': 'loop',
  'paging-max-pages': 'max-pages',
  'paging-max-entries': 'max-entries',
}

/** Why the list is cut short, from the client's notes on it, if it is. */
export function incompleteReason(warnings: FhirWarning[]): IncompleteReason | undefined {
  for (const w of warnings) if (w.source === 'client' && STOP_CODES[w.code]) return STOP_CODES[w.code]
  return undefined
}

export const WITHHELD_CODE = 'withheld'
/** The server's standard notice that an answer may not hold the entire record. */
export const PARTIAL_RECORD_CODE = 'partial-record'

/** A note that the server keeps some kinds of records from this app: the adapter's or FHIR's own `suppressed`. */
export const isWithheldNote = (w: FhirWarning): boolean => w.code === WITHHELD_CODE || (w.source === 'server' && w.code === 'suppressed')

/**
 * Shown or empty for a list that loaded. An empty list whose server said some sub-types were withheld
 * (the adapters turn such vendor notes into one `withheld` client warning) is still empty — "none on
 * file", with a caveat — never "not shared": the type itself was shared.
 */
export function completenessOf(count: number, warnings: FhirWarning[] = [], newestFirst = false): Completeness {
  const reason = incompleteReason(warnings)
  const incomplete = reason ? { incomplete: { reason, newestFirst } } : {}
  if (count > 0) return { state: 'shown', count, ...incomplete }
  const withheld = warnings.some(isWithheldNote)
  return { state: 'empty', ...(withheld && { withheld: true }), ...incomplete }
}

/** True when a "latest" value from this list can be trusted to be the latest the server holds. */
export function latestTrusted(c: Completeness | undefined): boolean {
  if (!c || c.state === 'not-shared') return false
  return !c.incomplete || c.incomplete.newestFirst
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

export function incompleteOf(c: Completeness | undefined): Incomplete | undefined {
  return c && c.state !== 'not-shared' ? c.incomplete : undefined
}
