// Epic searchsets: `total` counts the page, `next` (a server-side sessionID, original params
// dropped) comes before `self`, and OperationOutcome entries close every page.
import { randomUUID } from 'node:crypto'
import type { Bundle, BundleEntry, BundleLink, FhirResource, OperationOutcomeIssue } from 'fhir/r4'
import type { SandboxState } from '../../../core/state.ts'
import { newSessionId } from './ids.ts'
import { issues, outcome } from './outcomes.ts'

export const DEFAULT_PAGE_SIZE = 1000
const SESSION_TTL_MS = 30 * 60_000

export interface SearchResult {
  resourceType: string
  /** Who may follow the next link: Epic sessions belong to the token's client and patient. */
  owner: string
  matches: FhirResource[]
  /** Warnings repeated in the outcome entry of every page (4119, 59204). */
  warnings: OperationOutcomeIssue[]
  /** `_include` targets for the resources of one page. */
  include?: (page: FhirResource[]) => FhirResource[]
}

interface EpicSession {
  vendor: 'epic'
  result: SearchResult
  offset: number
  pageSize: number
  expiresAt: number
}

function entry(baseUrl: string, resource: FhirResource, mode: 'match' | 'include'): BundleEntry {
  const url = `${baseUrl}/${resource.resourceType}/${resource.id}`
  return { link: [{ relation: 'self', url }], fullUrl: url, resource, search: { mode } }
}

function outcomeEntry(problems: OperationOutcomeIssue[]): BundleEntry {
  return { fullUrl: `urn:uuid:${randomUUID()}`, resource: outcome(...problems), search: { mode: 'outcome' } }
}

/** Epic echoes the query normalised: parameters in name order (`category` before `patient`), `_` ones last. */
export function selfUrl(baseUrl: string, resourceType: string, params: URLSearchParams): string {
  const pairs = [...params].filter(([k]) => k !== '_format')
  const byName = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
  const ordered = [...pairs.filter(([k]) => !k.startsWith('_')).sort(byName), ...pairs.filter(([k]) => k.startsWith('_'))]
  const q = new URLSearchParams(ordered).toString()
  return `${baseUrl}/${resourceType}${q ? '?' + q : ''}`
}

function startSession(state: SandboxState, session: Omit<EpicSession, 'vendor' | 'expiresAt'>): string {
  const now = state.now()
  for (const [id, s] of state.pagingSessions) {
    if ((s as EpicSession).vendor === 'epic' && (s as EpicSession).expiresAt <= now) state.pagingSessions.delete(id)
  }
  const id = newSessionId()
  state.pagingSessions.set(id, { ...session, vendor: 'epic', expiresAt: now + SESSION_TTL_MS } satisfies EpicSession)
  return id
}

/** One page of a search, starting at `offset`. */
export function searchPage(
  state: SandboxState,
  baseUrl: string,
  self: string,
  result: SearchResult,
  pageSize: number,
  offset = 0,
): Bundle {
  const page = result.matches.slice(offset, offset + pageSize)
  const link: BundleLink[] = []
  if (offset + pageSize < result.matches.length) {
    const sessionID = startSession(state, { result, offset: offset + pageSize, pageSize })
    link.push({ relation: 'next', url: `${baseUrl}/${result.resourceType}?sessionID=${sessionID}` })
  }
  link.push({ relation: 'self', url: self })
  const entries = page.map((r) => entry(baseUrl, r, 'match'))
  const seen = new Set<string>()
  for (const r of result.include?.(page) ?? []) {
    const key = `${r.resourceType}/${r.id}`
    if (!seen.has(key)) entries.push(entry(baseUrl, r, 'include'))
    seen.add(key)
  }
  const problems = [...result.warnings.filter((i) => i.code === 'suppressed')]
  if (page.length === 0) problems.push(issues.noResults())
  problems.push(...result.warnings.filter((i) => i.code !== 'suppressed'))
  if (problems.length) entries.push(outcomeEntry(problems))
  return { resourceType: 'Bundle', type: 'searchset', total: page.length, link, entry: entries }
}

/** The page behind a `sessionID` next link, or undefined when it is unknown, expired or for another type. */
export function continueSession(
  state: SandboxState,
  baseUrl: string,
  resourceType: string,
  sessionID: string,
  owner: string,
): Bundle | undefined {
  const s = state.pagingSessions.get(sessionID) as EpicSession | undefined
  if (!s || s.vendor !== 'epic' || s.expiresAt <= state.now()) return undefined
  if (s.result.resourceType !== resourceType || s.result.owner !== owner) return undefined
  const self = `${baseUrl}/${resourceType}?sessionID=${encodeURIComponent(sessionID)}`
  return searchPage(state, baseUrl, self, s.result, s.pageSize, s.offset)
}

/** `_summary=count`: the true total and nothing else. */
export function countBundle(self: string, total: number): Bundle {
  return { resourceType: 'Bundle', type: 'searchset', total, link: [{ relation: 'self', url: self }] }
}
