// One list (a search, every page) turned into items + completeness + warnings. Grants are checked
// before anything is sent: a type the user did not share is never requested. A first page that fails
// is thrown (the query keeps the last good data); a later page failing keeps what loaded, flagged.
import type { FhirResource } from 'fhir/r4'
import type { AdapterSession, FetchOptions, ResourceList } from './adapter.ts'
import type { AdapterRules } from './adapter-rules.ts'
import { completenessOf, notShared, searchGranted, PARTIAL_RECORD_CODE, WITHHELD_CODE } from './completeness.ts'
import { isAbortError } from './errors.ts'
import { searchPages, type SearchPage } from './paging.ts'
import { keepPatient } from './patient-scope.ts'
import type { ResourceOf, ResourceType, SearchParams } from './resource-types.ts'
import { clientWarning, dedupeWarnings, type FhirWarning } from './warnings.ts'

export interface ListSearch<T> extends ResourceList<T> {
  included: FhirResource[]
}

export interface ListOptions extends FetchOptions {
  /** Observation category, checked against granular (v2) scopes. */
  category?: string
}

/**
 * Server warnings the adapter keeps, plus every client warning, each once. Vendor notes that some
 * sub-types were withheld become one plain caveat, and a standard "may not be the entire record"
 * notice becomes one notice the app words itself.
 */
export function visibleWarnings(rules: AdapterRules, warnings: FhirWarning[]): FhirWarning[] {
  const folds: Array<[((w: FhirWarning) => boolean) | undefined, string, string]> = [
    [rules.partialRecordWarning, PARTIAL_RECORD_CODE, 'The health system says its answers may not include the entire record.'],
    [rules.withheldWarning, WITHHELD_CODE, 'Some kinds of records may be withheld from this app by the health system.'],
  ]
  let rest = warnings
  const notes: FhirWarning[] = []
  for (const [matches, code, message] of folds) {
    const folded = matches ? rest.filter((w) => matches(w)) : []
    if (!folded.length) continue
    rest = rest.filter((w) => !folded.includes(w))
    notes.push(clientWarning(code, message, folded[0]?.resourceType))
  }
  return dedupeWarnings([...rest.filter((w) => w.source === 'client' || rules.keepWarning(w)), ...notes])
}

export function pagesOf<K extends ResourceType>(
  session: AdapterSession,
  rules: AdapterRules,
  type: K,
  params: SearchParams,
  options: FetchOptions,
): AsyncGenerator<SearchPage<ResourceOf<K>>, void, undefined> {
  return searchPages(session, type, params, {
    maxPages: rules.maxPages,
    maxEntries: rules.maxEntries,
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  })
}

export function partialWarning(type: string, loaded: number, e: unknown): FhirWarning {
  const why = e instanceof Error ? e.message : String(e)
  return { ...clientWarning('partial', `Only the first ${loaded} ${type} results could be loaded (${why}).`, type), severity: 'error' }
}

export function otherPatientWarning(type: string, dropped: number): FhirWarning {
  return clientWarning('other-patient', `${dropped} ${type} result(s) about another patient were hidden.`, type)
}

export async function listSearch<K extends ResourceType>(
  session: AdapterSession,
  rules: AdapterRules,
  type: K,
  params: SearchParams,
  options: ListOptions = {},
): Promise<ListSearch<ResourceOf<K>>> {
  if (!searchGranted(session.grants, type, options.category)) {
    return { resources: [], included: [], completeness: notShared(), warnings: [] }
  }
  const resources: ResourceOf<K>[] = []
  const included: FhirResource[] = []
  const warnings: FhirWarning[] = []
  try {
    for await (const page of pagesOf(session, rules, type, params, options)) {
      resources.push(...page.resources)
      included.push(...page.included)
      warnings.push(...page.warnings)
    }
  } catch (e) {
    // Nothing loaded: an error, not an empty list. A later page failing leaves what loaded, flagged.
    if (isAbortError(e) || !resources.length) throw e
    warnings.push(partialWarning(type, resources.length, e))
  }
  const { kept, dropped } = keepPatient(resources, session.context.patientId)
  if (dropped) warnings.push(otherPatientWarning(type, dropped))
  const shown = visibleWarnings(rules, warnings)
  return { resources: kept, included, completeness: completenessOf(kept.length, shown, rules.newestFirst), warnings: shown }
}
