// AllergyIntolerance → AllergyItem. Statuses are read from codings only (one vendor's status text
// contradicts its coding), and "no allergies" statements are told apart from real allergies.
import type { AllergyIntolerance } from 'fhir/r4'
import { allCodings, looksLikeFood, pickAllergen } from './allergen.ts'
import { type CodeRef, codeGapRule, codingsOf, conceptText, isDataAbsent } from './coding.ts'
import { normalizeDateTime } from './datetime.ts'
import { notesOf } from './notes.ts'
import { field, list, records, str } from './json.ts'
import { guarded, type MapWarning, type Provenance, type ProvenanceBuilder, provenanceOf, warn, withProvenance } from './provenance.ts'
import { type Reaction, reactionsOf } from './allergy-reaction.ts'
import { sentenceCaseName } from './name-casing.ts'
import type { RuleId } from './rules.ts'

export type AllergyStatement = 'not-on-file' | 'no-known-allergies' | 'no-known-drug-allergies'
export type ClinicalStatus = 'active' | 'inactive' | 'resolved'
export type VerificationStatus = 'unconfirmed' | 'confirmed' | 'refuted' | 'entered-in-error'
export type AllergyCategory = 'food' | 'medication' | 'environment' | 'biologic'

export interface AllergyItem {
  id?: string
  substance?: string
  /** The coding that names the substance: RxNorm, then SNOMED CT, then UNII. */
  code?: CodeRef
  /** Every coding the source sent for the substance, in its order. */
  codes: CodeRef[]
  /** Set when the resource is a statement about the list ("no known allergies"), not an allergy. */
  statement?: AllergyStatement
  clinicalStatus?: ClinicalStatus
  verificationStatus?: VerificationStatus
  criticality?: 'low' | 'high' | 'unable-to-assess'
  categories: AllergyCategory[]
  type?: 'allergy' | 'intolerance'
  reactions: Reaction[]
  onset?: string
  /** Qualifier of the onset date some sources attach ("About", "After"). */
  onsetQualifier?: string
  recorded?: string
  /** Who recorded it, by the name the source gave. */
  recorder?: string
  /** Comments recorded with it, in the source's order. */
  notes?: string[]
  provenance: Provenance
}

const STATEMENT_CODES = new Map<string, [AllergyStatement, RuleId]>([
  ['1631000175102', ['not-on-file', 'allergy.placeholder-not-on-file']],
  ['716186003', ['no-known-allergies', 'allergy.no-known']],
  ['409137002', ['no-known-drug-allergies', 'allergy.no-known-drug']],
])
const STATEMENT_TEXTS = new Map<string, string>([
  ['not on file', '1631000175102'], ['nka', '716186003'], ['no known allergies', '716186003'],
  ['nkda', '409137002'], ['nkma', '409137002'], ['no known drug allergies', '409137002'],
  ['no known medication allergies', '409137002'],
])

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical'
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification'

function statusFromCoding<S extends string>(
  a: unknown, key: string, system: string, allowed: readonly S[], rule: RuleId, prov: ProvenanceBuilder,
): S | undefined {
  const concept = field(a, key)
  const codings = codingsOf(concept)
  const hit = codings.find(({ coding }) => coding.system === system) ?? codings.find(({ coding }) => !coding.system)
  const value = allowed.find((s) => s === hit?.coding.code.trim().toLowerCase())
  const text = str(field(concept, 'text'))?.trim()
  if (hit && value) {
    const agrees = text === undefined || [value, hit.coding.display?.toLowerCase()].includes(text.toLowerCase())
    prov.from(key, `${key}.coding[${hit.index}]`, ...(agrees ? [] : [rule]))
    return value
  }
  if (concept !== undefined) prov.drop(key, text !== undefined ? `status text "${text}" has no usable coding` : 'no usable coding')
  return undefined
}

function statementOf(concept: unknown, prov: ProvenanceBuilder): AllergyStatement | undefined {
  const codes = codingsOf(concept).map(({ coding }) => coding.code)
  const text = str(field(concept, 'text'))?.trim().toLowerCase()
  const code = codes.find((c) => STATEMENT_CODES.has(c)) ?? (text !== undefined ? STATEMENT_TEXTS.get(text) : undefined)
  const hit = code !== undefined ? STATEMENT_CODES.get(code) : undefined
  const textOnly = hit !== undefined && !codes.some((c) => STATEMENT_CODES.has(c))
  if (hit) prov.from('statement', 'code', hit[1], ...(textOnly && hit[0] !== 'not-on-file' ? (['allergy.no-known-text'] as const) : []))
  return hit?.[0]
}

function substanceOf(a: unknown, prov: ProvenanceBuilder): Pick<AllergyItem, 'substance' | 'code' | 'codes' | 'statement'> {
  const concept = field(a, 'code')
  if (concept !== undefined && isDataAbsent(concept)) {
    prov.drop('code', 'data-absent-reason instead of a substance')
    return { codes: [] }
  }
  const picked = pickAllergen(concept)
  const { text, rule } = conceptText(concept, picked)
  if (picked) prov.from('code', `code.coding[${picked.index}]`, ...(picked.rule ? [picked.rule] : []))
  const codes = allCodings(concept)
  if (codes.length) prov.from('codes', 'code.coding')
  // The name as sent stays in provenance (and the raw record); the model holds the readable one.
  const shown = text !== undefined ? sentenceCaseName(text) : undefined
  if (text !== undefined) {
    prov.from('substance', rule ? 'code.coding' : 'code.text', ...(rule ? [rule] : []), ...(shown !== text ? (['allergy.name-casing'] as const) : []))
  }
  const gap = codeGapRule(concept, picked)
  if (gap) prov.rule(picked ? 'code' : 'substance', gap)
  const statement = statementOf(concept, prov)
  return { ...(shown !== undefined && { substance: shown }), ...(picked && { code: picked.coding }), codes, ...(statement && { statement }) }
}

function onsetOf(a: unknown, prov: ProvenanceBuilder) {
  const onset = normalizeDateTime(field(a, 'onsetDateTime'))
  if (onset) prov.from('onset', 'onsetDateTime', ...(onset.changed ? (['datetime.to-utc'] as const) : []))
  const qualifier = records(field(field(a, '_onsetDateTime'), 'extension'))
    .filter((e) => str(e.url)?.endsWith('/precision'))
    .map((e) => conceptText(e.valueCodeableConcept).text)
    .find((t) => t !== undefined)
  if (qualifier !== undefined) prov.from('onsetQualifier', '_onsetDateTime.extension')
  for (const key of ['onsetAge', 'onsetPeriod', 'onsetRange', 'onsetString']) {
    if (field(a, key) !== undefined) prov.drop(key, 'only onsetDateTime is modelled')
  }
  return { ...(onset && { onset: onset.value }), ...(qualifier !== undefined && { onsetQualifier: qualifier }) }
}

/**
 * The vendor category, unless the codings contradict it: a food filed as "medication" is shown as
 * food when the codings or name say food, else with no category rather than a wrong one.
 */
function categoriesChecked(a: unknown, categories: AllergyCategory[], name: string | undefined, prov: ProvenanceBuilder): AllergyCategory[] {
  const food = looksLikeFood(field(a, 'code'), name)
  if (food && categories.includes('medication') && !categories.includes('food')) {
    prov.from('categories', 'code.coding', 'allergy.category-from-coding', 'allergy.category-unreliable')
    prov.drop('category', 'category "medication" contradicts an allergen that is a food')
    return [...categories.filter((c) => c !== 'medication'), 'food']
  }
  if (categories.length) prov.from('categories', 'category')
  return categories
}

function pick<S extends string>(v: unknown, allowed: readonly S[]): S | undefined {
  const s = str(v)?.trim().toLowerCase()
  return allowed.find((x) => x === s)
}

function mapAllergy(a: unknown, warnings?: MapWarning[]): AllergyItem | null {
  if (field(a, 'resourceType') !== 'AllergyIntolerance') {
    warn(warnings, a, 'not an AllergyIntolerance')
    return null
  }
  const prov = provenanceOf(a)
  const clinicalStatus = statusFromCoding(a, 'clinicalStatus', CLINICAL, ['active', 'inactive', 'resolved'] as const, 'clinical.coding-over-text', prov)
  const verificationStatus = statusFromCoding(a, 'verificationStatus', VERIFICATION, ['unconfirmed', 'confirmed', 'refuted', 'entered-in-error'] as const, 'verification.coding-over-text', prov)
  const criticality = pick(field(a, 'criticality'), ['low', 'high', 'unable-to-assess'] as const)
  const categories = list(field(a, 'category')).flatMap((c) => pick(c, ['food', 'medication', 'environment', 'biologic'] as const) ?? [])
  const type = pick(field(a, 'type'), ['allergy', 'intolerance'] as const)
  const recorded = normalizeDateTime(field(a, 'recordedDate'))
  const id = str(field(a, 'id'))
  for (const [name, path, ok] of [['criticality', 'criticality', criticality], ['type', 'type', type], ['recorded', 'recordedDate', recorded]] as const) {
    if (ok) prov.from(name, path)
    else if (field(a, path) !== undefined) prov.drop(path, 'not a valid value')
  }
  // A reference alone names no one a reader knows; only its display is shown.
  const recorder = str(field(field(a, 'recorder'), 'display'))?.trim()
  if (recorder) prov.from('recorder', 'recorder.display')
  const notes = notesOf(a, prov)
  const substance = substanceOf(a, prov)
  const shown = categoriesChecked(a, categories, substance.substance, prov)
  return withProvenance<AllergyItem>({
    ...(id !== undefined && { id }),
    ...substance,
    ...(clinicalStatus && { clinicalStatus }),
    ...(verificationStatus && { verificationStatus }),
    ...(criticality && { criticality }),
    categories: shown,
    ...(type && { type }),
    reactions: reactionsOf(a, prov),
    ...onsetOf(a, prov),
    ...(recorded && { recorded: recorded.value }),
    ...(recorder && { recorder }),
    ...(notes.length > 0 && { notes }),
  }, prov)
}

export function toAllergy(a: AllergyIntolerance, warnings?: MapWarning[]): AllergyItem | null {
  return guarded(a, warnings, () => mapAllergy(a, warnings))
}

/** Entries that must not be shown as allergies: retracted or disproved. */
export function isHiddenAllergy(a: AllergyItem): boolean {
  return a.verificationStatus === 'entered-in-error' || a.verificationStatus === 'refuted'
}
