// Parsing of the search parameters Millennium supports: tokens, references, `_count`, and date
// comparisons limited to eq/ge/gt/le/lt with at most two values.

export function csv(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** `123`, `Patient/123` or an absolute `…/Patient/123` → `123`. */
export function referenceId(value: string): string {
  const parts = value.split('/')
  return parts[parts.length - 1]
}

/** The patient a search is about: `patient`, `subject` (`Patient/x`) or `subject:Patient`. */
export function patientParam(params: URLSearchParams): string | undefined {
  const raw = params.get('patient') ?? params.get('subject:Patient') ?? params.get('subject') ?? undefined
  return raw === undefined || raw === '' ? undefined : referenceId(raw)
}

export function pageSize(params: URLSearchParams, fallback: number, max: number): number {
  const n = Number.parseInt(params.get('_count') ?? '', 10)
  if (!Number.isFinite(n) || n < 1) return fallback
  return Math.min(n, max)
}

/** Token `code` or `system|code` against codings written as `system|code` (`|code` never matches: all ours have systems). */
export function tokenMatches(tokens: string[], codes: string[]): boolean {
  return tokens.some((t) => (t.includes('|') ? codes.includes(t) : codes.some((c) => c.slice(c.lastIndexOf('|') + 1) === t)))
}

const PREFIXES = ['eq', 'ge', 'gt', 'le', 'lt'] as const

/** Start and end (exclusive) of the instant range a FHIR date value of any precision denotes. */
function dateRange(value: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(value)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, tz] = m
  if (h !== undefined) {
    const start = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${tz ?? 'Z'}`)
    return Number.isNaN(start) ? undefined : [start, start + (s === undefined ? 60_000 : 1000)]
  }
  const start = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)
  const end = d
    ? Date.UTC(Number(y), Number(mo) - 1, Number(d) + 1)
    : mo
      ? Date.UTC(Number(y), Number(mo), 1)
      : Date.UTC(Number(y) + 1, 0, 1)
  return [start, end]
}

export type DateTest = (t: number) => boolean

/** A predicate for `date=` / `_lastUpdated=` values, or the reason Millennium would reject them. */
export function dateTest(values: string[], name: string): DateTest | { error: string } {
  if (values.length > 2) return { error: `${name} may be provided at most twice` }
  const tests: DateTest[] = []
  for (const v of values) {
    const prefix = PREFIXES.find((p) => v.startsWith(p))
    const range = dateRange(prefix ? v.slice(2) : v)
    if (!range || (!prefix && /^[a-z]{2}/.test(v))) return { error: `${name} value '${v}' is invalid` }
    const [start, end] = range
    switch (prefix ?? 'eq') {
      case 'eq': tests.push((t) => t >= start && t < end); break
      case 'ge': tests.push((t) => t >= start); break
      case 'gt': tests.push((t) => t >= end); break
      case 'le': tests.push((t) => t < end); break
      case 'lt': tests.push((t) => t < start); break
    }
  }
  return (t) => tests.every((test) => test(t))
}
