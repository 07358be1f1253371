// Epic never inlines the drug: MedicationRequest points at a Medication resource that carries the
// RxNorm codes, the Epic drug record id, the form and the ingredients.
import type { CodeableConcept, Dosage, Medication, MedicationRequest, Quantity, Reference } from 'fhir/r4'
import { clinicianByKey } from '../../../data/clinicians.ts'
import type { MedicationFact, SyntheticPatient } from '../../../data/types.ts'
import { EPIC, SYS } from './codes.ts'
import { digits, epicId } from './ids.ts'
import { encounterRef } from './context.ts'
import { patientRef, practitionerRef } from './patient.ts'
import { dateOnly, doseFromSig, frequencyFromSig, longSig } from './sig.ts'

export const medicationId = (f: MedicationFact) => epicId('Medication', f.key, 66)

/** Epic form codes are short upper-case abbreviations ("TABS", "INJ"). */
function formConcept(form: string): CodeableConcept {
  const code = form.replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()
  return { coding: [{ system: EPIC.drugForm, code, display: form }], text: form }
}

export function renderMedication(f: MedicationFact): Medication {
  const rxnorm = [f.rxnorm, ...(f.ingredients ?? []).map((i) => i.rxnorm)]
  const med: Medication = {
    resourceType: 'Medication',
    id: medicationId(f),
    identifier: [{ use: 'usual', system: EPIC.drug, value: digits(`erx:${f.rxnorm}`, 5) }],
    code: { coding: [...new Set(rxnorm)].map((code) => ({ system: SYS.rxnorm, code })), text: f.name },
    form: f.form ? formConcept(f.form) : undefined,
    ingredient: f.ingredients?.length
      ? f.ingredients.map((i) => ({
          itemCodeableConcept: { coding: [{ system: SYS.rxnorm, code: i.rxnorm, display: i.name }], text: `${i.name} ${i.strength}` },
        }))
      : [{ itemCodeableConcept: { text: f.name } }],
  }
  return med
}

const ROUTES: Record<MedicationFact['route'], [string, string]> = {
  oral: ['15', 'Oral'],
  intravenous: ['11', 'Intravenous'],
  topical: ['20', 'Topical'],
  inhaled: ['22', 'Inhalation'],
  subcutaneous: ['18', 'Subcutaneous'],
}

const TAKE: CodeableConcept = { coding: [{ system: SYS.snomed, code: '419652001', display: 'Take' }], text: 'Take' }

const SNOMED_ROUTES: Record<MedicationFact['route'], [string, string]> = {
  oral: ['26643006', 'Oral route (qualifier value)'],
  intravenous: ['47625008', 'Intravenous route (qualifier value)'],
  topical: ['6064005', 'Topical route (qualifier value)'],
  inhaled: ['447694001', 'Respiratory tract route (qualifier value)'],
  subcutaneous: ['34206005', 'Subcutaneous route (qualifier value)'],
}

/** "(10 mg total)" in the sig: the calculated and ordered dose, in mg. */
function totalDose(sig: string): Quantity | undefined {
  const m = /\(([\d,.]+)\s*(mg|mcg|g|mEq)\s+total\)/i.exec(sig)
  if (!m?.[1] || !m[2]) return undefined
  const unit = m[2]
  return { value: Number(m[1].replace(/,/g, '')), unit, system: SYS.ucum, code: unit === 'mcg' ? 'ug' : unit }
}

/** Doses in a finite course: days × doses a day, when the sig says how often. */
function doseCount(f: MedicationFact): number | undefined {
  if (!f.start || !f.end) return undefined
  const perDay = /(\d) times daily/i.exec(f.dosageText)?.[1] ?? (/\bdaily\b/i.test(f.dosageText) ? '1' : undefined)
  if (!perDay) return /\bonce\b/i.test(f.dosageText) ? 1 : undefined
  const days = Math.round((Date.parse(f.end) - Date.parse(f.start)) / 86_400_000) + 1
  return days * Number(perDay)
}

function typed(code: string, dose: Quantity) {
  const type: CodeableConcept = { coding: [{ system: SYS.doseRateType, code, display: code }], text: code }
  return { type, doseQuantity: dose }
}

function dosage(f: MedicationFact): Dosage {
  const [routeCode, routeText] = ROUTES[f.route]
  const start = f.start ?? f.authoredOn
  const frequency = frequencyFromSig(f)
  const dose = doseFromSig(f.dosageText)
  const count = doseCount(f)
  const [snomedRoute, snomedDisplay] = SNOMED_ROUTES[f.route]
  const d: Dosage = {
    text: longSig(f),
    patientInstruction: f.patientInstruction ?? f.dosageText,
    timing: {
      repeat: { boundsPeriod: { start: dateOnly(start), ...(f.end ? { end: dateOnly(f.end) } : {}) }, ...(count ? { count } : {}) },
      ...(frequency ? { code: { text: frequency } } : {}),
    },
    asNeededBoolean: Boolean(f.asNeeded),
    route: {
      coding: [{ system: EPIC.route, code: routeCode, display: routeText }, { system: SYS.snomed, code: snomedRoute, display: snomedDisplay }],
      text: routeText,
    },
    ...(f.route === 'oral' ? { method: TAKE } : {}),
  }
  // Three typed doses: calculated and ordered in mg, the admin amount in the form unit ({tbl}).
  const total = totalDose(f.dosageText)
  if (dose) {
    d.doseAndRate = [typed('calculated', total ?? dose), typed('admin-amount', dose), typed('ordered', total ?? dose)]
  }
  return d
}

function requester(p: SyntheticPatient, f: MedicationFact): Reference {
  const c = f.prescriberKey ? clinicianByKey(f.prescriberKey) : undefined
  if (c && !f.reported) return practitionerRef(c)
  // Patient-reported (home) meds name the patient as requester.
  return { ...patientRef(p), type: 'Patient' }
}

function dispense(f: MedicationFact): MedicationRequest['dispenseRequest'] {
  const dose = doseFromSig(f.dosageText)
  const start = dateOnly(f.start ?? f.authoredOn)
  return {
    validityPeriod: { start, ...(f.end ? { end: dateOnly(f.end) } : {}) },
    numberOfRepeatsAllowed: 0,
    // Dispense quantities come without a system, unlike the dose.
    quantity: { value: 30 * (dose?.value ?? 1), unit: dose?.unit ?? 'each' },
    expectedSupplyDuration: { value: 30, unit: 'Day', system: SYS.ucum, code: 'd' },
  }
}

const COMMUNITY: CodeableConcept = {
  coding: [{ system: SYS.medRequestCategory, code: 'community', display: 'Community' }],
  text: 'Community',
}

const COURSE = 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy'

function courseOfTherapy(f: MedicationFact): CodeableConcept {
  const [code, display] = f.end && f.status !== 'stopped' ? ['acute', 'Short course (acute) therapy'] : ['continuous', 'Continuous long term therapy']
  return { coding: [{ system: COURSE, code, display }], text: display }
}

export function renderMedicationRequest(p: SyntheticPatient, f: MedicationFact): MedicationRequest {
  const req: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id: epicId('MedicationRequest', f.key, 45),
    identifier: [{ use: 'usual', system: EPIC.orderNumber, value: digits(`order:${f.key}`, 7) }],
    status: f.status,
    intent: 'order',
    category: [COMMUNITY],
    ...(f.reported ? { reportedBoolean: true } : {}),
    medicationReference: { reference: `Medication/${medicationId(f)}`, display: f.name },
    subject: patientRef(p),
    encounter: encounterRef(p.key, f.authoredOn),
    authoredOn: dateOnly(f.authoredOn),
    requester: requester(p, f),
    recorder: requester(p, f),
    courseOfTherapyType: courseOfTherapy(f),
    dosageInstruction: [dosage(f)],
  }
  if (!f.reported) req.dispenseRequest = dispense(f)
  return req
}
