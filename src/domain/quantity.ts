// Quantities: the UCUM `code` is the unit (the `unit` text is a display that differs by vendor),
// missing units are tolerated, and PQ translations (the same value in other units) are exposed.
import { canonicalSystem, SYSTEMS } from './coding.ts'
import { field, num, records, str } from './json.ts'
import type { RuleId } from './rules.ts'
import { isKnownUcum, ucumForDisplay } from './unit-aliases.ts'

export type Comparator = '<' | '<=' | '>=' | '>'

export interface Measured {
  value: number
  /** UCUM code when known; undefined when the unit is missing or not UCUM. */
  unit?: string
  /** The unit as the source printed it. */
  unitDisplay?: string
  comparator?: Comparator
}

export interface NormalizedQuantity extends Measured {
  alternates: Measured[]
  rules: RuleId[]
}

const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'
const COMPARATORS: readonly Comparator[] = ['<', '<=', '>=', '>']

export function numberOf(v: unknown): { value?: number; rules: RuleId[] } {
  const n = num(v)
  if (n !== undefined) return { value: n, rules: [] }
  const s = str(v)?.trim()
  if (s !== undefined && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) && Number.isFinite(Number(s))) {
    return { value: Number(s), rules: ['value.number-from-string'] }
  }
  return { rules: [] }
}

/** The unit of a Quantity as { UCUM code, display } plus the rule that decided it. */
export function unitOf(q: unknown): { unit?: string; unitDisplay?: string; rule: RuleId | undefined } {
  const display = str(field(q, 'unit'))?.trim()
  const code = str(field(q, 'code'))?.trim()
  const system = canonicalSystem(field(q, 'system'))
  if (code !== undefined && system === SYSTEMS.ucum) {
    const rule = display !== undefined && display !== code ? 'unit.ucum-code-over-display' : undefined
    return { unit: code, unitDisplay: display ?? code, rule }
  }
  const printed = display ?? code
  if (printed === undefined) return { rule: 'unit.missing' }
  const alias = system === undefined ? ucumForDisplay(printed) : undefined
  if (alias !== undefined) return { unit: alias, unitDisplay: printed, rule: 'unit.display-alias' }
  if (system === undefined && isKnownUcum(printed)) {
    return { unit: printed, unitDisplay: printed, rule: 'unit.display-is-ucum' }
  }
  return { unitDisplay: printed, rule: 'unit.not-ucum' }
}

function measured(q: unknown): (Measured & { rules: RuleId[] }) | undefined {
  const { value, rules } = numberOf(field(q, 'value'))
  if (value === undefined) return undefined
  const { unit, unitDisplay, rule } = unitOf(q)
  const given = str(field(q, 'comparator'))?.trim()
  const comparator = COMPARATORS.find((c) => c === given)
  // Key by key, in a fixed order: cheaper than spreads for a field every reading has.
  const out: Measured & { rules: RuleId[] } = { value } as Measured & { rules: RuleId[] }
  if (unit !== undefined) out.unit = unit
  if (unitDisplay !== undefined) out.unitDisplay = unitDisplay
  if (comparator !== undefined) out.comparator = comparator
  out.rules = rule ? [...rules, rule] : rules
  return out
}

/** A Measured without the bookkeeping `rules` key. */
function withoutRules(m: Measured): Measured {
  const out: Measured = { value: m.value }
  if (m.unit !== undefined) out.unit = m.unit
  if (m.unitDisplay !== undefined) out.unitDisplay = m.unitDisplay
  if (m.comparator !== undefined) out.comparator = m.comparator
  return out
}

export function normalizeQuantity(q: unknown): NormalizedQuantity | undefined {
  const main = measured(q)
  if (main === undefined) return undefined
  const alternates: Measured[] = []
  for (const e of records(field(q, 'extension'))) {
    if (e.url !== PQ_TRANSLATION) continue
    const alt = measured(e.valueQuantity)
    if (alt !== undefined) alternates.push(withoutRules(alt))
  }
  const rules: RuleId[] = alternates.length ? [...main.rules, 'value.translations'] : main.rules
  const out = main as NormalizedQuantity
  out.alternates = alternates
  out.rules = rules
  return out
}
