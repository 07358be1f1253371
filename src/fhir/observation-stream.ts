// A long Observation history delivered page by page: the first page is on screen while the server
// is still producing the rest, and progress can be shown when the server tells a true total.
import type { Observation } from 'fhir/r4'
import type { AdapterSession, FetchOptions, ObservationChunk } from './adapter.ts'
import type { AdapterRules } from './adapter-rules.ts'
import { completenessOf, notShared, searchGranted } from './completeness.ts'
import { isAbortError } from './errors.ts'
import { fhirSearch } from './http.ts'
import { otherPatientWarning, pagesOf, partialWarning, visibleWarnings } from './list-search.ts'
import { keepPatient } from './patient-scope.ts'
import { readAhead } from './read-ahead.ts'
import { toSearchParams, type SearchParams } from './resource-types.ts'
import { warningKey, type FhirWarning } from './warnings.ts'

/** `_summary=count` of the same search; a failure only costs the progress bar its total. */
async function countRequest(session: AdapterSession, params: SearchParams, options: FetchOptions): Promise<number | undefined> {
  const p = toSearchParams(params)
  p.delete('_count')
  p.set('_summary', 'count')
  try {
    return (await fhirSearch(session, 'Observation', p, options)).total
  } catch (e) {
    if (isAbortError(e)) throw e
    return undefined
  }
}

export async function* observationChunks(
  session: AdapterSession,
  rules: AdapterRules,
  params: SearchParams,
  category: string,
  options: FetchOptions,
): AsyncGenerator<ObservationChunk, void, undefined> {
  if (!searchGranted(session.grants, 'Observation', category)) {
    yield { resources: [], warnings: [], loaded: 0, completeness: notShared() }
    return
  }
  // Sent alongside the first page, not before it, so it never delays what the user sees first.
  const counting = rules.totalFrom === 'count-request' ? countRequest(session, params, options) : undefined
  // If the stream is cancelled before the count is awaited, its abort must not surface as unhandled.
  counting?.catch(() => undefined)
  let estimatedTotal: number | undefined
  let loaded = 0
  const all: FhirWarning[] = []
  const shown = new Set<string>()
  // New by content, not by position: the withheld caveat sits last, so a note from a later page
  // (another patient's reading) lands before it and would be lost to a positional slice.
  const fresh = (ws: FhirWarning[]) => {
    all.push(...ws)
    const added = visibleWarnings(rules, all).filter((w) => !shown.has(warningKey(w)))
    for (const w of added) shown.add(warningKey(w))
    return added
  }
  const pages = readAhead(pagesOf(session, rules, 'Observation', params, options))
  try {
    for await (const page of pages) {
      const { kept, dropped } = keepPatient<Observation>(page.resources, session.context.patientId)
      loaded += kept.length
      if (page.index === 0) {
        estimatedTotal = rules.totalFrom === 'bundle' && page.total !== undefined && page.total >= kept.length ? page.total : await counting
      }
      const warnings = fresh(dropped ? [...page.warnings, otherPatientWarning('Observation', dropped)] : page.warnings)
      const completeness = page.last ? completenessOf(loaded, visibleWarnings(rules, all), rules.newestFirst) : undefined
      yield { resources: kept, warnings, loaded, estimatedTotal, ...(completeness ? { completeness } : {}) }
    }
  } catch (e) {
    // Nothing loaded (or cancelled): the stream fails, and the query keeps whatever it showed before.
    if (isAbortError(e) || !loaded) throw e
    const warnings = fresh([partialWarning('Observation', loaded, e)])
    yield { resources: [], warnings, loaded, estimatedTotal, completeness: completenessOf(loaded, visibleWarnings(rules, all), rules.newestFirst) }
  }
}
