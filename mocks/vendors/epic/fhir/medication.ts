// Epic never inlines the drug: MedicationRequest points at a Medication resource that carries the
// RxNorm codes, the Epic drug record id, the form and the ingredients.
import type { CodeableConcept, Dosage, Medication, MedicationRequest, Quantity, Reference } from 'fhir/r4'
import { clinicianByKey } from '../../../data/clinicians.ts'
import type { MedicationFact, SyntheticPatient } from '../../../data/types.ts'
import { EPIC, SYS } from './codes.ts'
import { digits, epicId } from './ids.ts'
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

function typed(code: string, dose: Quantity) {
  const type: CodeableConcept = { coding: [{ system: SYS.doseRateType, code, display: code }], text: code }
  return { type, doseQuantity: dose }
}

function dosage(f: MedicationFact): Dosage {
  const [routeCode, routeText] = ROUTES[f.route]
  const start = f.start ?? f.authoredOn
  const frequency = frequencyFromSig(f)
  const dose = doseFromSig(f.dosageText)
  const d: Dosage = {
    text: longSig(f),
    patientInstruction: f.patientInstruction ?? f.dosageText,
    timing: {
      repeat: { boundsPeriod: { start: dateOnly(start), ...(f.end ? { end: dateOnly(f.end) } : {}) } },
      ...(frequency ? { code: { text: frequency } } : {}),
    },
    asNeededBoolean: Boolean(f.asNeeded),
    route: { coding: [{ system: EPIC.route, code: routeCode, display: routeText }], text: routeText },
  }
  // Epic lists the same dose three times, typed calculated / admin-amount / ordered.
  if (dose) d.doseAndRate = ['calculated', 'admin-amount', 'ordered'].map((c) => typed(c, dose))
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
    authoredOn: dateOnly(f.authoredOn),
    requester: requester(p, f),
    recorder: requester(p, f),
    dosageInstruction: [dosage(f)],
  }
  if (!f.reported) req.dispenseRequest = dispense(f)
  return req
}
