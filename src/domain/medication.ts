// MedicationRequest → MedicationItem: one medication list entry, whichever way the drug and the
// dosage were represented.
import type { MedicationRequest } from 'fhir/r4'
import { type CodeRef, codeGapRule, codeIn, codingsOf, conceptText, pickCoding, SYSTEMS } from './coding.ts'
import { datePart, normalizeDateTime } from './datetime.ts'
import { bool, field, list, str } from './json.ts'
import { ingredientsOf, type Ingredient, type MedicationLookup, type MedicationSource, resolveMedication } from './medication-source.ts'
import { guarded, type MapWarning, type Provenance, type ProvenanceBuilder, provenanceOf, warn, withProvenance } from './provenance.ts'
import type { RuleId } from './rules.ts'
import type { SigTrailerParser } from './sig-trailer.ts'
import { normalizeStatus } from './status.ts'

export const MEDICATION_STATUSES = [
  'active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown',
] as const
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number]

export interface Dose {
  value: number
  unit?: string
}

const PERIOD_UNITS = ['h', 'd', 'wk', 'mo'] as const

/** How often: a structured repeat (frequency per period) or the server's text for it. */
export type DoseTiming = { frequency: number; period: number; periodUnit: (typeof PERIOD_UNITS)[number]; text?: undefined } | { text: string; periodUnit?: undefined }

export interface MedicationOptions {
  /** The server's order-entry trailer parser (from its adapter), if it writes one after the sig. */
  sigTrailer?: SigTrailerParser
}

export interface MedicationItem {
  id?: string
  name?: string
  source?: MedicationSource
  rxnorm?: string
  code?: CodeRef
  form?: string
  ingredients: Ingredient[]
  status: MedicationStatus
  intent?: string
  categories: string[]
  /** Patient-reported (home) medication rather than prescribed here. */
  reported: boolean
  dosageText?: string
  patientInstruction?: string
  asNeeded: boolean
  asNeededReason?: string
  route?: string
  dose?: Dose
  timing?: DoseTiming
  prescriber?: string
  authoredOn?: string
  start?: string
  end?: string
  provenance: Provenance
}

function reportedOf(req: unknown, intent: string | undefined, categories: string[], prov: ProvenanceBuilder): boolean {
  const explicit = bool(field(req, 'reportedBoolean'))
  if (explicit !== undefined) {
    prov.from('reported', 'reportedBoolean')
    return explicit
  }
  if (field(req, 'reportedReference') !== undefined) {
    prov.from('reported', 'reportedReference')
    return true
  }
  const fromPlan = intent === 'plan' && categories.includes('patientspecified')
  if (fromPlan) prov.from('reported', 'category', 'medication.reported-from-plan')
  return fromPlan
}

interface SigParts {
  texts: string[]
  start?: string
  end?: string
  reported?: boolean
}

/** Each sig text with any order-entry trailer the server's parser recognises cut off. */
function sigParts(raw: string[], parse: SigTrailerParser | undefined): SigParts & { cut: boolean } {
  const out: SigParts & { cut: boolean } = { texts: [], cut: false }
  for (const text of raw) {
    const trailer = parse?.(text)
    if (!trailer) {
      out.texts.push(text)
      continue
    }
    out.cut = true
    if (trailer.text) out.texts.push(trailer.text)
    out.start ??= trailer.start
    out.end ??= trailer.end
    out.reported ||= trailer.reported ?? false
  }
  return out
}

function dosageOf(req: unknown, prov: ProvenanceBuilder, parse: SigTrailerParser | undefined) {
  const dosages = list(field(req, 'dosageInstruction'))
  const raw = dosages.map((d) => str(field(d, 'text'))?.trim()).filter((t): t is string => !!t)
  const sig = sigParts(raw, parse)
  const texts = sig.texts
  const first = dosages[0]
  const patientInstruction = str(field(first, 'patientInstruction'))?.trim()
  const reasonConcept = field(first, 'asNeededCodeableConcept')
  const asNeededReason = conceptText(reasonConcept).text
  const asNeeded = bool(field(first, 'asNeededBoolean')) ?? reasonConcept !== undefined
  const route = conceptText(field(first, 'route')).text
  const dose = doseOf(first)
  const timing = timingOf(first)
  if (texts.length) prov.from('dosageText', 'dosageInstruction[].text', ...(sig.cut ? (['medication.sig-trailer'] as const) : []))
  if (patientInstruction) prov.from('patientInstruction', 'dosageInstruction[0].patientInstruction')
  if (asNeeded || field(first, 'asNeededBoolean') !== undefined) prov.from('asNeeded', reasonConcept !== undefined ? 'dosageInstruction[0].asNeededCodeableConcept' : 'dosageInstruction[0].asNeededBoolean')
  if (asNeededReason !== undefined) prov.from('asNeededReason', 'dosageInstruction[0].asNeededCodeableConcept')
  if (route) prov.from('route', 'dosageInstruction[0].route')
  if (dose) prov.from('dose', `dosageInstruction[0].doseAndRate[${dose.index}].doseQuantity`)
  if (timing) prov.from('timing', 'dosageInstruction[0].timing')
  return {
    sig,
    dosage: {
      ...(texts.length > 0 && { dosageText: texts.join('; ') }),
      ...(patientInstruction && { patientInstruction }),
      asNeeded,
      ...(asNeededReason !== undefined && { asNeededReason }),
      ...(route !== undefined && { route }),
      ...(dose && { dose: dose.dose }),
      ...(timing && { timing }),
    },
  }
}

/**
 * The dose as ordered: the entry typed "ordered" when there are several (Epic sends calculated, admin
 * amount and ordered, calculated first), else the first that has a quantity.
 */
function doseOf(dosage: unknown): { dose: Dose; index: number } | undefined {
  const entries = list(field(dosage, 'doseAndRate'))
  const hasDose = (e: unknown) => typeof field(field(e, 'doseQuantity'), 'value') === 'number'
  const isOrdered = (e: unknown) => codingsOf(field(e, 'type')).some(({ coding }) => coding.code === 'ordered')
  const ordered = entries.findIndex((e) => hasDose(e) && isOrdered(e))
  const index = ordered >= 0 ? ordered : entries.findIndex(hasDose)
  if (index < 0) return undefined
  const q = field(entries[index], 'doseQuantity')
  const unit = str(field(q, 'unit'))?.trim() || str(field(q, 'code'))?.trim()
  return { dose: { value: field(q, 'value') as number, ...(unit && { unit }) }, index }
}

function timingOf(dosage: unknown): DoseTiming | undefined {
  const t = field(dosage, 'timing')
  const repeat = field(t, 'repeat')
  const frequency = field(repeat, 'frequency')
  const period = field(repeat, 'period')
  const periodUnit = str(field(repeat, 'periodUnit'))
  if (typeof frequency === 'number' && typeof period === 'number' && periodUnit && PERIOD_UNITS.includes(periodUnit as DoseTiming['periodUnit'] & string)) {
    return { frequency, period, periodUnit: periodUnit as NonNullable<DoseTiming['periodUnit']> }
  }
  const text = conceptText(field(t, 'code')).text
  return text ? { text } : undefined
}

const SOURCE_RULES: Record<MedicationSource, RuleId> = {
  'codeable-concept': 'medication.codeable-concept',
  contained: 'medication.contained',
  referenced: 'medication.referenced',
  'reference-display': 'medication.reference-display',
}

const PERIODS: Array<[string[], string, RuleId]> = [
  [['dosageInstruction', '0', 'timing', 'repeat', 'boundsPeriod'], 'dosageInstruction[0].timing.repeat.boundsPeriod', 'period.bounds'],
  [['dispenseRequest', 'validityPeriod'], 'dispenseRequest.validityPeriod', 'period.validity'],
]

function periodOf(req: unknown, prov: ProvenanceBuilder): { start?: string; end?: string } {
  for (const [keys, path, rule] of PERIODS) {
    const period = keys.reduce<unknown>((v, k) => (/^\d+$/.test(k) ? list(v)[Number(k)] : field(v, k)), req)
    const start = normalizeDateTime(field(period, 'start'))
    const end = normalizeDateTime(field(period, 'end'))
    if (!start && !end) continue
    const utc: RuleId[] = start?.changed || end?.changed ? ['datetime.to-utc'] : []
    if (start) prov.from('start', `${path}.start`, rule, ...utc)
    if (end) prov.from('end', `${path}.end`, rule, ...utc)
    return { ...(start && { start: start.value }), ...(end && { end: end.value }) }
  }
  return {}
}

function prescriberOf(req: unknown, prov: ProvenanceBuilder): string | undefined {
  const requester = field(req, 'requester')
  const ref = str(field(requester, 'reference')) ?? ''
  const type = str(field(requester, 'type'))
  if (ref) prov.read('requester.reference')
  if (type) prov.read('requester.type')
  // Relative or absolute ("https://…/Patient/p1"): either way the patient is not a prescriber.
  if (/(^|\/)(Patient|RelatedPerson)\//.test(ref) || type === 'Patient' || type === 'RelatedPerson') {
    prov.drop('requester', 'the requester is the patient (prescriber.patient-requester-ignored)')
    return undefined
  }
  const display = str(field(requester, 'display'))?.trim()
  if (display) prov.from('prescriber', 'requester.display')
  return display
}

function mapRequest(req: unknown, lookup: MedicationLookup, warnings: MapWarning[] | undefined, options: MedicationOptions): MedicationItem | null {
  if (field(req, 'resourceType') !== 'MedicationRequest') {
    warn(warnings, req, 'not a MedicationRequest')
    return null
  }
  const prov = provenanceOf(req)
  const resolved = resolveMedication(req, lookup, prov)
  if (resolved.name === undefined) warn(warnings, req, 'medication has no name')
  const picked = pickCoding(resolved.concept, [SYSTEMS.rxnorm])
  const rxnorm = codeIn(resolved.concept, SYSTEMS.rxnorm)
  const conceptPath = resolved.conceptPath ?? 'medicationCodeableConcept'
  if (rxnorm) prov.from('rxnorm', `${conceptPath}.coding[${codingsOf(resolved.concept).find(({ coding }) => coding.code === rxnorm)?.index ?? 0}]`)
  if (picked) prov.from('code', `${conceptPath}.coding[${picked.index}]`, ...(picked.rule ? [picked.rule] : []))
  const gap = codeGapRule(resolved.concept, picked)
  if (gap) prov.rule(picked ? 'code' : 'name', gap)
  if (resolved.source && resolved.name !== undefined) prov.from('source', prov.pathOf('name') ?? conceptPath, SOURCE_RULES[resolved.source])
  const status = normalizeStatus(field(req, 'status'), MEDICATION_STATUSES)
  prov.from('status', 'status', ...status.rules, ...(status.value === 'on-hold' ? (['medication.on-hold'] as const) : []))
  if (status.rejected !== undefined) prov.drop('status', `status "${status.rejected}" is not a MedicationRequest status`)
  const intent = str(field(req, 'intent'))?.trim().toLowerCase()
  const categories = [...new Set(list(field(req, 'category')).flatMap((c) => codingsOf(c).map(({ coding }) => coding.code)))]
  if (intent !== undefined) prov.from('intent', 'intent')
  if (categories.length) prov.from('categories', 'category')
  const form = conceptText(field(resolved.medication, 'form')).text
  if (form !== undefined) prov.from('form', `${resolved.medicationPath ?? ''}.form`)
  const ingredients = ingredientsOf(resolved.medication)
  if (ingredients.length) prov.from('ingredients', `${resolved.medicationPath ?? ''}.ingredient`)
  const authored = normalizeDateTime(field(req, 'authoredOn'))
  if (authored) prov.from('authoredOn', 'authoredOn', ...(authored.changed ? (['datetime.to-utc'] as const) : []))
  const id = str(field(req, 'id'))
  const prescriber = prescriberOf(req, prov)
  prov.read('contained')
  prov.read('medicationReference')
  const { sig, dosage } = dosageOf(req, prov, options.sigTrailer)
  let reported = reportedOf(req, intent, categories, prov)
  if (!reported && sig.reported) {
    reported = true
    prov.from('reported', 'dosageInstruction[].text', 'medication.sig-trailer')
  }
  // A structured period wins; the trailer's dates only fill what the request does not say.
  const period = periodOf(req, prov)
  if (!period.start && sig.start) {
    period.start = sig.start
    prov.from('start', 'dosageInstruction[].text', 'medication.sig-trailer')
  }
  if (!period.end && sig.end) {
    period.end = sig.end
    prov.from('end', 'dosageInstruction[].text', 'medication.sig-trailer')
  }
  const trailerUsed = ['reported', 'start', 'end'].some((f) => prov.pathOf(f) === 'dosageInstruction[].text')
  if (sig.cut && !sig.texts.length && !trailerUsed) prov.drop('dosageInstruction[].text', 'only order-entry details, no instruction (medication.sig-trailer)')
  return withProvenance<MedicationItem>({
    ...(id !== undefined && { id }),
    ...(resolved.name !== undefined && { name: resolved.name, source: resolved.source }),
    ...(rxnorm !== undefined && { rxnorm }),
    ...(picked && { code: picked.coding }),
    ...(form !== undefined && { form }),
    ingredients,
    status: status.value,
    ...(intent !== undefined && { intent }),
    categories,
    reported,
    ...dosage,
    ...(prescriber !== undefined && { prescriber }),
    ...(authored && { authoredOn: authored.value }),
    ...period,
  }, prov)
}

export function toMedication(req: MedicationRequest, lookup: MedicationLookup, warnings?: MapWarning[], options: MedicationOptions = {}): MedicationItem | null {
  return guarded(req, warnings, () => mapRequest(req, lookup, warnings, options))
}

/** Active now: status active and not past its end date. */
export function isActiveMedication(m: MedicationItem, today: Date = new Date()): boolean {
  if (m.status !== 'active') return false
  const end = datePart(m.end)
  return end === undefined || end >= today.toISOString().slice(0, 10)
}
