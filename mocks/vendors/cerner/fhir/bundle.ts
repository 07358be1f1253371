// Millennium searchsets: UUID id, no `meta`, `self` then `next`, `-pageContext` continuation, `total` only on
// `_id` searches, every entry `search.mode: "match"`, never OperationOutcome entries.
import { randomUUID } from 'node:crypto'
import { deflateSync, inflateSync } from 'node:zlib'
import type { Bundle, BundleLink, FhirResource } from 'fhir/r4'

const PAGING_KEYS = ['-pageContext', '-pageDirection']

export interface SearchQuery {
  /** The search as first sent, without paging parameters. */
  params: URLSearchParams
  offset: number
}

/**
 * The context is the deflated original query plus an offset, so any server instance can resume it
 * and it looks like the `eJx…` blobs Millennium hands out. A bare `-pageContext` is a full search.
 */
function encodePageContext(params: URLSearchParams, offset: number): string {
  return deflateSync(JSON.stringify({ q: params.toString(), o: offset })).toString('base64')
}

/** The effective search, or undefined when `-pageContext` is not one we issued. */
export function readSearchQuery(url: URL): SearchQuery | undefined {
  const ctx = url.searchParams.get('-pageContext')
  if (ctx === null) {
    const params = new URLSearchParams(url.searchParams)
    PAGING_KEYS.forEach((k) => params.delete(k))
    return { params, offset: 0 }
  }
  try {
    const { q, o } = JSON.parse(inflateSync(Buffer.from(ctx, 'base64')).toString('utf8')) as { q: string; o: number }
    if (typeof q !== 'string' || !Number.isInteger(o) || o < 0) return undefined
    return { params: new URLSearchParams(q), offset: o }
  } catch {
    return undefined
  }
}

function nextUrl(url: URL, query: SearchQuery, nextOffset: number): string {
  const original = url.search
    .slice(1)
    .split('&')
    .filter((p) => p && !PAGING_KEYS.some((k) => p.startsWith(k + '=')))
    .join('&')
  const ctx = encodeURIComponent(encodePageContext(query.params, nextOffset))
  const sep = original ? '&' : ''
  return `${url.origin}${url.pathname}?${original}${sep}-pageContext=${ctx}&-pageDirection=NEXT`
}

export interface SearchsetOptions<T> {
  url: URL
  baseUrl: string
  /** Every match, already filtered and sorted; this page is sliced from it. */
  matches: T[]
  /** Renders only the page's matches: the long-history patient has thousands. */
  render: (match: T) => FhirResource
  query: SearchQuery
  /** Page size; undefined = everything in one page (AllergyIntolerance). */
  count?: number
  /** Millennium reports `total` only on small `_id` searches. */
  withTotal: boolean
  now: number
}

export function searchset<T>(o: SearchsetOptions<T>): Bundle {
  const end = o.count === undefined ? o.matches.length : o.query.offset + o.count
  const page = o.matches.slice(o.query.offset, end).map(o.render)
  const link: BundleLink[] = [{ relation: 'self', url: o.url.toString() }]
  if (end < o.matches.length) link.push({ relation: 'next', url: nextUrl(o.url, o.query, end) })
  const bundle: Bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'searchset',
    ...(o.withTotal ? { total: o.matches.length } : {}),
    link,
  }
  if (page.length > 0) {
    bundle.entry = page.map((resource) => ({
      fullUrl: `${o.baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    }))
  }
  return bundle
}
