// Follows a search's `next` links. Links are used exactly as the server wrote them: servers encode
// their own continuation state (session ids, page contexts) and rebuilt URLs break. Because a `next`
// link is server-controlled input, it is checked before the token is attached to it: another origin,
// a link already followed, or too many pages or entries end the walk with a warning, not a request.
import type { FhirResource } from 'fhir/r4'
import type { SearchSet } from './bundle.ts'
import { fhirSearchUrl, sameOrigin, searchUrl, type FhirSession, type RequestOptions } from './http.ts'
import type { ResourceOf, ResourceType, SearchParams } from './resource-types.ts'
import { clientWarning, dedupeWarnings, warningsFromOutcomes, type FhirWarning } from './warnings.ts'

export interface PagingOptions extends RequestOptions {
  maxPages?: number
  maxEntries?: number
}

export const DEFAULT_MAX_PAGES = 100
export const DEFAULT_MAX_ENTRIES = 50_000

export type PagingStop = 'foreign-next' | 'loop' | 'max-pages' | 'max-entries'

export interface SearchPage<T extends FhirResource = FhirResource> extends SearchSet<T> {
  /** 0 for the first page. */
  index: number
  /** Server outcomes of this page plus the client's note when paging stopped here. */
  warnings: FhirWarning[]
  /** True on the page after which no request will follow. */
  last: boolean
  /** Why paging ended before the server's last page, when it did. */
  stopped?: PagingStop
}

function stopWarning(reason: PagingStop, type: string, pages: number): FhirWarning {
  const messages: Record<PagingStop, string> = {
    'foreign-next': `The server's link to more ${type} results points to another site; stopped after ${pages} page(s) so the access token stays with the FHIR server.`,
    loop: `The server linked back to a page already read; stopped after ${pages} page(s).`,
    // Which results are missing depends on the order the server pages in; the list's completeness says.
    'max-pages': `Stopped after ${pages} pages of ${type}; the rest are not shown.`,
    'max-entries': `Stopped at the limit of ${type} results; the rest are not shown.`,
  }
  return clientWarning(`paging-${reason}`, messages[reason], type)
}

/** A relative `next` is resolved against the base so it can never land on the app's own origin. */
function absolute(next: string, fhirBase: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(next) ? next : new URL(next, fhirBase.replace(/\/*$/, '/')).toString()
}

/** Yields each page as it arrives, so the first page can be shown while the rest loads. */
export async function* searchPages<K extends ResourceType>(
  session: FhirSession,
  type: K,
  params: SearchParams,
  options: PagingOptions = {},
): AsyncGenerator<SearchPage<ResourceOf<K>>, void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES
  const seen = new Set<string>()
  let url: string | undefined = searchUrl(session, type, params)
  let entries = 0
  for (let index = 0; url !== undefined; index++) {
    seen.add(url)
    const set: SearchSet<ResourceOf<K>> = await fhirSearchUrl(session, type, url, options)
    const warnings = warningsFromOutcomes(set.outcomes, type)
    let resources = set.resources
    let stopped: PagingStop | undefined
    const room = maxEntries - entries
    if (resources.length > room || (resources.length === room && set.next !== undefined)) {
      resources = resources.slice(0, room)
      stopped = 'max-entries'
    }
    entries += resources.length
    const next: string | undefined = set.next === undefined || stopped ? undefined : absolute(set.next, session.fhirBase)
    if (next !== undefined) {
      if (!sameOrigin(next, session.fhirBase)) stopped = 'foreign-next'
      else if (seen.has(next)) stopped = 'loop'
      else if (index + 1 >= maxPages) stopped = 'max-pages'
    }
    if (stopped) warnings.push(stopWarning(stopped, type, index + 1))
    url = stopped ? undefined : next
    yield { ...set, resources, index, warnings, last: url === undefined, stopped }
  }
}

export interface CollectedSearch<T extends FhirResource = FhirResource> extends SearchSet<T> {
  pages: number
  warnings: FhirWarning[]
  stopped?: PagingStop
}

/** Every page of a search, merged; for lists that are only shown once complete. */
export async function collectPages<T extends FhirResource>(pages: AsyncIterable<SearchPage<T>>): Promise<CollectedSearch<T>> {
  const all: CollectedSearch<T> = { resources: [], included: [], outcomes: [], skipped: 0, pages: 0, warnings: [] }
  for await (const page of pages) {
    all.resources.push(...page.resources)
    all.included.push(...page.included)
    all.outcomes.push(...page.outcomes)
    all.warnings.push(...page.warnings)
    all.skipped += page.skipped
    all.pages++
    all.stopped ??= page.stopped
  }
  all.warnings = dedupeWarnings(all.warnings)
  return all
}
