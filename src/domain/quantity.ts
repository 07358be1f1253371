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
  const comparator = COMPARATORS.find((c) => c === str(field(q, 'comparator'))?.trim())
  return {
    value,
    ...(unit !== undefined && { unit }),
    ...(unitDisplay !== undefined && { unitDisplay }),
    ...(comparator !== undefined && { comparator }),
    rules: rule ? [...rules, rule] : rules,
  }
}

export function normalizeQuantity(q: unknown): NormalizedQuantity | undefined {
  const main = measured(q)
  if (main === undefined) return undefined
  const alternates = records(field(q, 'extension'))
    .filter((e) => e.url === PQ_TRANSLATION)
    .flatMap((e) => {
      const alt = measured(e.valueQuantity)
      if (alt === undefined) return []
      const { rules: _ignored, ...rest } = alt
      return [rest]
    })
  const rules: RuleId[] = alternates.length ? [...main.rules, 'value.translations'] : main.rules
  return { ...main, alternates, rules }
}
