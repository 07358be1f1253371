// Interpretation flags, normalized to the v3 core set. Vendors send the v3 coding alone, beside a
// local code set, or only text (including the literal "(NONE)" for "no flag").
import { codingsOf, SYSTEMS } from './coding.ts'
import { field, list, str } from './json.ts'
import type { RuleId } from './rules.ts'

/** AA is "critical abnormal": critical like HH and LL, without a direction. */
export type Flag = 'H' | 'L' | 'HH' | 'LL' | 'A' | 'AA' | 'N'

export interface FlagResult {
  flag?: Flag
  path?: string
  rules: RuleId[]
  /** Set when an interpretation was present but could not be mapped. */
  unmapped?: string
}

/** v3 codes outside the core set collapse to the nearest core flag (never up to critical, never down from it). */
const V3 = new Map<string, Flag>([
  ['H', 'H'], ['L', 'L'], ['HH', 'HH'], ['LL', 'LL'], ['A', 'A'], ['N', 'N'],
  ['AA', 'AA'], ['HU', 'H'], ['LU', 'L'],
])

const TEXT = new Map<string, Flag>([
  ['high', 'H'], ['low', 'L'], ['critical high', 'HH'], ['critical low', 'LL'], ['abnormal', 'A'],
  ['critical abnormal', 'AA'], ['normal', 'N'], ['h', 'H'], ['l', 'L'], ['hh', 'HH'], ['ll', 'LL'], ['a', 'A'], ['aa', 'AA'], ['n', 'N'],
])

const NO_FLAG_TEXT = new Set(['(none)', 'none'])

function fromConcept(concept: unknown, i: number): FlagResult | undefined {
  const codings = codingsOf(concept)
  const v3 = codings.find(({ coding }) => coding.system === SYSTEMS.interpretation)
  const fromV3 = v3 && V3.get(v3.coding.code.toUpperCase())
  if (v3 && fromV3) {
    const rule: RuleId = codings.length > 1 ? 'interpretation.v3-among-local' : 'interpretation.from-v3'
    return { flag: fromV3, path: `interpretation[${i}].coding[${v3.index}]`, rules: [rule] }
  }
  const text = str(field(concept, 'text'))?.trim().toLowerCase()
  if (text !== undefined && NO_FLAG_TEXT.has(text)) {
    return { path: `interpretation[${i}].text`, rules: ['interpretation.none-text'] }
  }
  const fromText = text !== undefined ? TEXT.get(text) : undefined
  if (fromText) return { flag: fromText, path: `interpretation[${i}].text`, rules: ['interpretation.from-text'] }
  const label = v3?.coding.code ?? text ?? codings[0]?.coding.code
  return label !== undefined ? { rules: [], unmapped: label } : undefined
}

/** The first interpretation that maps; reports an unmappable one so it is not silently lost. */
export function interpretationOf(interpretation: unknown): FlagResult {
  let unmapped: string | undefined
  for (const [i, concept] of list(interpretation).entries()) {
    const r = fromConcept(concept, i)
    if (r && r.unmapped === undefined) return r
    unmapped ??= r?.unmapped
  }
  return { rules: [], ...(unmapped !== undefined && { unmapped }) }
}

export function isAbnormal(flag: Flag | undefined): boolean {
  return flag !== undefined && flag !== 'N'
}

/** Critically high, critically low or critically abnormal, as the lab stated it. */
export function isCritical(flag: Flag | undefined): boolean {
  return flag === 'HH' || flag === 'LL' || flag === 'AA'
}
