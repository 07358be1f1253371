// Observation value[x] as one tagged union. Absent values keep their reason (masked, error, …),
// and value types the app does not model are reported as absent instead of vanishing.
import { type CodeRef, codingsOf, conceptText, pickCoding } from './coding.ts'
import { normalizeDateTime } from './datetime.ts'
import { bool, field, isRecord, num, str } from './json.ts'
import type { ProvenanceBuilder } from './provenance.ts'
import { type Measured, normalizeQuantity } from './quantity.ts'

export type ObservationValue =
  | ({ kind: 'quantity'; alternates: Measured[] } & Measured)
  | { kind: 'text'; text: string }
  | { kind: 'coded'; text?: string; code?: CodeRef }
  | { kind: 'absent'; reason: string }

const UNSUPPORTED = ['valueRange', 'valueRatio', 'valueSampledData', 'valuePeriod', 'valueAttachment', 'valueReference']

/** Reads value[x] of an Observation or a component; `prefix` is the provenance path prefix. */
export function valueOf(src: unknown, prov: ProvenanceBuilder, name = 'value', prefix = ''): ObservationValue {
  const quantity = field(src, 'valueQuantity')
  if (quantity !== undefined) {
    const q = normalizeQuantity(quantity)
    if (q) {
      prov.from(name, `${prefix}valueQuantity`, ...q.rules)
      // Key by key (no rest/spread copies): every numeric reading passes here.
      const out = { kind: 'quantity', value: q.value } as ObservationValue & { kind: 'quantity' }
      if (q.unit !== undefined) out.unit = q.unit
      if (q.unitDisplay !== undefined) out.unitDisplay = q.unitDisplay
      if (q.comparator !== undefined) out.comparator = q.comparator
      out.alternates = q.alternates
      return out
    }
    prov.drop(`${prefix}valueQuantity`, 'quantity without a numeric value')
  }
  const text = str(field(src, 'valueString'))
  if (text !== undefined) {
    prov.from(name, `${prefix}valueString`)
    return { kind: 'text', text }
  }
  const integer = num(field(src, 'valueInteger'))
  if (integer !== undefined) {
    prov.from(name, `${prefix}valueInteger`, 'unit.missing')
    return { kind: 'quantity', value: integer, alternates: [] }
  }
  return otherValue(src, prov, name, prefix)
}

function otherValue(src: unknown, prov: ProvenanceBuilder, name: string, prefix: string): ObservationValue {
  const concept = field(src, 'valueCodeableConcept')
  if (isRecord(concept) && (codingsOf(concept).length || str(concept.text))) {
    const picked = pickCoding(concept)
    const { text, rule } = conceptText(concept, picked)
    prov.from(name, `${prefix}valueCodeableConcept`, ...(picked?.rule ? [picked.rule] : []), ...(rule ? [rule] : []))
    return { kind: 'coded', ...(text !== undefined && { text }), ...(picked && { code: picked.coding }) }
  }
  const flag = bool(field(src, 'valueBoolean'))
  if (flag !== undefined) {
    prov.from(name, `${prefix}valueBoolean`)
    return { kind: 'text', text: String(flag) }
  }
  for (const key of ['valueDateTime', 'valueTime']) {
    const t = key === 'valueTime' ? str(field(src, key)) : normalizeDateTime(field(src, key))?.value
    if (t !== undefined) {
      prov.from(name, `${prefix}${key}`)
      return { kind: 'text', text: t }
    }
  }
  return absentValue(src, prov, name, prefix)
}

function absentValue(src: unknown, prov: ProvenanceBuilder, name: string, prefix: string): ObservationValue {
  const unsupported = UNSUPPORTED.find((k) => field(src, k) !== undefined)
  if (unsupported !== undefined) {
    prov.from(name, `${prefix}${unsupported}`, 'value.unsupported-type')
    prov.drop(`${prefix}${unsupported}`, `${unsupported} is not modelled`)
    return { kind: 'absent', reason: `unsupported:${unsupported}` }
  }
  const dar = field(src, 'dataAbsentReason')
  if (dar !== undefined) {
    const code = codingsOf(dar)[0]?.coding.code ?? str(field(dar, 'text'))?.trim() ?? 'unknown'
    prov.from(name, `${prefix}dataAbsentReason`, 'value.data-absent')
    return { kind: 'absent', reason: code }
  }
  return { kind: 'absent', reason: 'missing' }
}
