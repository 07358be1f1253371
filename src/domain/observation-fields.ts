// Observation parts shared by labs and vitals: status, time, category and reference range.
import { codingsOf, SYSTEMS } from './coding.ts'
import { normalizeDateTime } from './datetime.ts'
import { field, list, str } from './json.ts'
import type { ProvenanceBuilder } from './provenance.ts'
import { normalizeQuantity } from './quantity.ts'
import type { RuleId } from './rules.ts'
import { normalizeStatus } from './status.ts'

export const OBSERVATION_STATUSES = [
  'registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown',
] as const
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number]

export function observationStatus(o: unknown, prov: ProvenanceBuilder): ObservationStatus {
  const s = normalizeStatus(field(o, 'status'), OBSERVATION_STATUSES)
  prov.from('status', 'status', ...s.rules)
  if (s.rejected !== undefined) prov.drop('status', `status "${s.rejected}" is not an Observation status`)
  return s.value
}

const TIME_SOURCES: Array<[string[], string, RuleId | undefined]> = [
  [['effectiveDateTime'], 'effectiveDateTime', undefined],
  [['effectivePeriod', 'start'], 'effectivePeriod.start', 'effective.period-start'],
  [['effectivePeriod', 'end'], 'effectivePeriod.end', 'effective.period-end'],
  [['effectiveInstant'], 'effectiveInstant', 'effective.instant'],
  [['issued'], 'issued', 'effective.issued-fallback'],
]

/** When the observation applies: effective[x] in order of precision, then issued. */
export function effectiveOf(o: unknown, prov: ProvenanceBuilder): string | undefined {
  for (const [keys, path, rule] of TIME_SOURCES) {
    let v: unknown = o
    for (const k of keys) v = field(v, k)
    const t = normalizeDateTime(v)
    if (t === undefined) {
      if (v !== undefined) prov.drop(path, 'not a valid FHIR date-time')
      continue
    }
    const rules: RuleId[] = rule ? [rule] : []
    if (t.changed) rules.push('datetime.to-utc')
    prov.from('effective', path, ...rules)
    return t.value
  }
  if (field(o, 'effectiveTiming') !== undefined) prov.drop('effectiveTiming', 'timing schedules are not modelled')
  return undefined
}

export function issuedOf(o: unknown, prov: ProvenanceBuilder): string | undefined {
  const t = normalizeDateTime(field(o, 'issued'))
  if (t) prov.from('issued', 'issued', ...(t.changed ? (['datetime.to-utc'] as const) : []))
  return t?.value
}

const FIRST_CATEGORY = 'category[0].coding[0]'

/** Observation-category codes from any category concept and any coding position. */
export function categoriesOf(o: unknown, prov: ProvenanceBuilder): string[] {
  const codes: string[] = []
  // Where the first category coding sits; its path text is built once, not per coding.
  let first: { concept: number; coding: number } | undefined
  const concepts = list(field(o, 'category'))
  for (let i = 0; i < concepts.length; i++) {
    for (const { coding, index } of codingsOf(concepts[i])) {
      if (coding.system !== SYSTEMS.obsCategory) continue
      first ??= { concept: i, coding: index }
      if (!codes.includes(coding.code)) codes.push(coding.code)
    }
  }
  if (first) {
    // Several category codes are all kept, so the path is then the whole list.
    const path = codes.length > 1 ? 'category' : first.concept === 0 && first.coding === 0 ? FIRST_CATEGORY : `category[${first.concept}].coding[${first.coding}]`
    prov.from('categories', path, ...(first.concept !== 0 || first.coding !== 0 ? (['category.any-coding'] as const) : []))
  } else if (field(o, 'category') !== undefined) prov.drop('category', 'no observation-category coding')
  return codes
}

export interface ReferenceRange {
  low?: number
  high?: number
  unit?: string
  text?: string
}

function isNormalRange(r: unknown): boolean {
  const type = field(r, 'type')
  return type === undefined || codingsOf(type).some(({ coding }) => coding.code === 'normal')
}

export function referenceRangeOf(o: unknown, prov: ProvenanceBuilder): ReferenceRange | undefined {
  const ranges = list(field(o, 'referenceRange'))
  const i = ranges.findIndex(isNormalRange)
  if (i < 0) {
    if (ranges.length) prov.drop('referenceRange', 'no normal range among the ranges')
    return undefined
  }
  const r = ranges[i]
  const low = normalizeQuantity(field(r, 'low'))
  const high = normalizeQuantity(field(r, 'high'))
  const text = str(field(r, 'text'))?.trim()
  if (!low && !high && text === undefined) return undefined
  const rules: RuleId[] = [...(low?.rules ?? []), ...(high?.rules ?? [])]
  if (!low && !high) rules.push('range.text-only')
  if (ranges.length > 1) rules.push('range.normal-chosen')
  prov.from('referenceRange', `referenceRange[${i}]`, ...rules)
  const unit = low?.unit ?? high?.unit
  return {
    ...(low && { low: low.value }),
    ...(high && { high: high.value }),
    ...(unit !== undefined && { unit }),
    ...(text !== undefined && { text }),
  }
}
