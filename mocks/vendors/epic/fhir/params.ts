// Search-parameter matching shared by the Epic search handlers: token lists and date prefixes.
import type { CodeableConcept, Reference } from 'fhir/r4'

/** Comma-separated values of every occurrence of `name`. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
}

/** The code part of a token (`system|code` or `code`). */
export const tokenCode = (token: string) => (token.includes('|') ? token.slice(token.indexOf('|') + 1) : token)

/** FHIR token match against any coding: `code`, `system|code` or `|code`. */
export function matchesToken(concepts: CodeableConcept[] | undefined, token: string): boolean {
  const bar = token.indexOf('|')
  const system = bar >= 0 ? token.slice(0, bar) : undefined
  const code = bar >= 0 ? token.slice(bar + 1) : token
  return (concepts ?? []).some((c) =>
    (c.coding ?? []).some((k) => k.code === code && (system === undefined || (k.system ?? '') === system)),
  )
}

/** `Patient/x` or `x` from `patient` / `subject`; undefined when neither is present. */
export function patientParam(params: URLSearchParams): string | undefined {
  const raw = params.get('patient') ?? params.get('subject') ?? params.get('subject:Patient')
  if (raw === null) return undefined
  return raw.replace(/^.*Patient\//, '')
}

export const refersTo = (ref: Reference | undefined, id: string) => ref?.reference === `Patient/${id}`

/** Start and end (exclusive) of the period a FHIR date/dateTime value denotes, in ms. */
function period(value: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(value)
  if (!m) return undefined
  const [, y, mo, d, time] = m
  if (time) {
    const t = Date.parse(value)
    return Number.isNaN(t) ? undefined : [t, t + 1000]
  }
  const start = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)
  const end = d ? start + 86_400_000 : mo ? Date.UTC(Number(y), Number(mo), 1) : Date.UTC(Number(y) + 1, 0, 1)
  return [start, end]
}

export type DatePredicate = (instant: string | undefined) => boolean

/** Parses `date` values (eq/ge/gt/le/lt prefixes); undefined for an unparseable value. */
export function datePredicate(values: string[]): DatePredicate | undefined {
  const tests: ((t: number) => boolean)[] = []
  for (const raw of values) {
    const prefix = /^(eq|ge|gt|le|lt)/.exec(raw)?.[1] ?? 'eq'
    const p = period(raw.replace(/^(eq|ge|gt|le|lt)/, ''))
    if (!p) return undefined
    const [s, e] = p
    const ops = {
      eq: (t: number) => t >= s && t < e,
      ge: (t: number) => t >= s,
      gt: (t: number) => t >= e,
      le: (t: number) => t < e,
      lt: (t: number) => t < s,
    }
    tests.push(ops[prefix as keyof typeof ops])
  }
  return (instant) => {
    const t = instant ? Date.parse(instant) : NaN
    return !Number.isNaN(t) && tests.every((f) => f(t))
  }
}
