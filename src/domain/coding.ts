// Choosing codes from multi-coded concepts. Vendors list local codings first (or only), so a
// mapper never takes `coding[0]`: it asks for a system by preference and falls back to text.
import { field, isRecord, list, records, str } from './json.ts'
import { indexedPaths } from './provenance.ts'
import type { RuleId } from './rules.ts'

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  ucum: 'http://unitsofmeasure.org',
  dataAbsent: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  obsCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  bcp47: 'urn:ietf:bcp:47',
} as const

/** OIDs that name the same terminologies as the canonical URLs. */
const SYSTEM_ALIASES = new Map<string, string>([
  ['urn:oid:2.16.840.1.113883.6.1', SYSTEMS.loinc],
  ['urn:oid:2.16.840.1.113883.6.96', SYSTEMS.snomed],
  ['urn:oid:2.16.840.1.113883.6.88', SYSTEMS.rxnorm],
  ['urn:oid:2.16.840.1.113883.6.8', SYSTEMS.ucum],
  ['http://hl7.org/fhir/v3/ObservationInterpretation', SYSTEMS.interpretation],
])

/** `code.coding[i]`, the provenance path of a concept's coding. */
export const codeCodingPath = indexedPaths((i) => `code.coding[${i}]`)

export interface CodeRef {
  system?: string
  code: string
  display?: string
}

export interface PickedCoding {
  coding: CodeRef
  /** Index in the concept's `coding` array, for provenance paths. */
  index: number
  rule?: RuleId
}

const PREFERENCE_RULES = new Map<string, RuleId>([
  [SYSTEMS.loinc, 'code.prefer-loinc'],
  [SYSTEMS.snomed, 'code.prefer-snomed'],
  [SYSTEMS.rxnorm, 'code.prefer-rxnorm'],
])

export const STANDARD_PREFERENCE: readonly string[] = [SYSTEMS.loinc, SYSTEMS.snomed, SYSTEMS.rxnorm]

export function canonicalSystem(system: unknown): string | undefined {
  const s = str(system)?.trim()
  return s === undefined ? undefined : (SYSTEM_ALIASES.get(s) ?? s)
}

/** Every coding with a usable code, normalized, with its original index. */
export function codingsOf(concept: unknown): Array<{ coding: CodeRef; index: number }> {
  const out: Array<{ coding: CodeRef; index: number }> = []
  // A plain loop building each object key by key: this runs several times per resource mapped.
  const codings = list(field(concept, 'coding'))
  for (let index = 0; index < codings.length; index++) {
    const c = codings[index]
    const code = str(field(c, 'code'))?.trim()
    if (!isRecord(c) || code === undefined) continue
    const system = canonicalSystem(c.system)
    const display = str(c.display)?.trim()
    const coding: CodeRef = { code }
    if (system) coding.system = system
    if (display) coding.display = display
    out.push({ coding, index })
  }
  return out
}

/** True when any coding of the concept has this code, whatever its system (as `codingsOf` reads codes). */
export function hasCode(concept: unknown, code: string): boolean {
  // No list of codings built: blood pressure asks this of every component, for every reading.
  const codings = list(field(concept, 'coding'))
  for (const c of codings) if (isRecord(c) && str(field(c, 'code'))?.trim() === code) return true
  return false
}

/** True when a terminology with numeric/structured codes carries free text instead (e.g. "Hives"). */
export function isCodeNotACode(system: string | undefined, code: string): boolean {
  if (system === SYSTEMS.snomed) return !/^\d{6,18}$/.test(code)
  if (system === SYSTEMS.loinc) return !/^(L[APG])?\d{1,8}-\d$/.test(code)
  if (system === SYSTEMS.rxnorm) return !/^\d{1,10}$/.test(code)
  return false
}

const usable = (c: CodeRef) => c.system !== SYSTEMS.dataAbsent && !isCodeNotACode(c.system, c.code)

/** The best coding by system preference; local codings only when no standard one is usable. */
export function pickCoding(
  concept: unknown,
  prefer: readonly string[] = STANDARD_PREFERENCE,
  codings = codingsOf(concept),
): PickedCoding | undefined {
  // Loops rather than filter/find chains: this runs for every concept of every resource mapped.
  let first: (typeof codings)[number] | undefined
  let several = false
  for (const c of codings) {
    if (!usable(c.coding)) continue
    if (first) {
      several = true
      break
    }
    first = c
  }
  if (!first) return undefined
  for (const system of prefer) {
    const hit = codings.find((u) => u.coding.system === system && usable(u.coding))
    if (hit) return several ? { coding: hit.coding, index: hit.index, rule: PREFERENCE_RULES.get(system) ?? 'code.other-system' } : { coding: hit.coding, index: hit.index }
  }
  return { coding: first.coding, index: first.index, rule: 'code.other-system' }
}

/**
 * What a reviewer should know about codings the picker passed over: free text sent as a code ("Hives"
 * under SNOMED), a concept that is only a data-absent placeholder, or text with no coding at all.
 */
export function codeGapRule(concept: unknown, picked: PickedCoding | undefined, codings = codingsOf(concept)): RuleId | undefined {
  if (codings.some(({ coding }) => isCodeNotACode(coding.system, coding.code))) return 'code.not-a-code'
  if (picked) return undefined
  if (codings.length > 0 && codings.every(({ coding }) => coding.system === SYSTEMS.dataAbsent)) return 'code.data-absent'
  return str(field(concept, 'text'))?.trim() ? 'code.text-only' : undefined
}

/** The first real code of one system, if any. */
export function codeIn(concept: unknown, system: string, codings = codingsOf(concept)): string | undefined {
  const hit = codings.find(({ coding }) => coding.system === system && !isCodeNotACode(system, coding.code))
  return hit?.coding.code
}

export function hasCoding(concept: unknown, system: string, codes: readonly string[]): boolean {
  return codingsOf(concept).some(({ coding }) => coding.system === system && codes.includes(coding.code))
}

/** Every code value in the concept, whatever its system (some vendors hide LOINC under odd OIDs). */
export function allCodes(concept: unknown): string[] {
  return codingsOf(concept).map(({ coding }) => coding.code)
}

/** A concept that only says "no data" (data-absent-reason coding or extension). */
export function isDataAbsent(concept: unknown): boolean {
  const codings = codingsOf(concept)
  if (codings.length > 0) return codings.every(({ coding }) => coding.system === SYSTEMS.dataAbsent)
  return records(field(concept, 'extension')).some((e) => str(e.url)?.endsWith('/data-absent-reason'))
}

export interface ConceptText {
  text?: string
  rule?: RuleId
}

/** Display text: concept text, then the chosen coding's display, then a code (even a textual one). */
export function conceptText(concept: unknown, picked = pickCoding(concept), codings?: ReturnType<typeof codingsOf>): ConceptText {
  const text = str(field(concept, 'text'))?.trim()
  if (text) return { text }
  if (picked?.coding.display) return { text: picked.coding.display, rule: 'display.from-coding' }
  const all = codings ?? codingsOf(concept)
  const anyDisplay = all.find(({ coding }) => coding.display)?.coding.display
  if (anyDisplay) return { text: anyDisplay, rule: 'display.from-coding' }
  const code = picked?.coding.code ?? all[0]?.coding.code
  return code ? { text: code, rule: 'display.from-code' } : {}
}
