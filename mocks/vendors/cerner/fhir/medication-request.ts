// Renders medication facts as Millennium MedicationRequests (C6 shape): `medicationCodeableConcept`
// (RxNorm + tenant synonym) for single drugs, a `#contained` Medication for compounds/IV mixtures,
// home meds as `intent: plan` + `reportedBoolean: true` + community/patientspecified categories.
import type { CodeableConcept, Medication, MedicationRequest, Quantity, Ratio } from 'fhir/r4'
import { clinicianByKey } from '../../../data/clinicians.ts'
import type { Ingredient, MedicationFact, SyntheticPatient } from '../../../data/types.ts'
import { dosageInstruction, terseSig } from './dosage.ts'
import { numericId, RXNORM, SYNONYM_SYSTEM, UCUM } from './ids.ts'
import { narrative, titleCase } from './narrative.ts'
import { displayName } from './patient.ts'
import { isoSeconds, withOffset } from './time.ts'

export const medicationRequestId = (f: MedicationFact) => numericId(f.key)

function drugConcept(rxnorm: string, name: string): CodeableConcept {
  const synonym = name.toLowerCase()
  return {
    coding: [
      { system: RXNORM, code: rxnorm, display: name, userSelected: false },
      { system: SYNONYM_SYSTEM, code: numericId(`synonym:${rxnorm}`).slice(-7), display: synonym, userSelected: true },
    ],
    text: synonym,
  }
}

const UCUM_UNITS: Record<string, string> = { mg: 'mg', mcg: 'ug', g: 'g', ml: 'mL', meq: 'meq', l: 'L' }

function quantity(value: string | undefined, unit: string): Quantity {
  const code = UCUM_UNITS[unit.toLowerCase()]
  return { value: value ? Number(value.replace(/,/g, '')) : 1, unit, ...(code ? { system: UCUM, code } : {}) }
}

/** "20 mEq/1,000 mL" or "9 mg/mL (0.9%)" → a Ratio; undefined when the strength is prose. */
function strength(s: string): Ratio | undefined {
  const m = /^([\d,.]+)\s*([A-Za-z]+)(?:\s*\/\s*([\d,.]*)\s*([A-Za-z]+))?/.exec(s.trim())
  if (!m) return undefined
  const ratio: Ratio = { numerator: quantity(m[1], m[2]) }
  if (m[4]) ratio.denominator = quantity(m[3] || undefined, m[4])
  return ratio
}

function containedMedication(f: MedicationFact, ingredients: Ingredient[]): Medication {
  return {
    resourceType: 'Medication',
    id: numericId(`${f.key}:medication`),
    code: { text: f.name },
    ingredient: ingredients.map((i) => {
      const s = strength(i.strength)
      return { itemCodeableConcept: drugConcept(i.rxnorm, i.name), ...(s ? { strength: s } : {}) }
    }),
  }
}

const MR_CATEGORY = 'http://terminology.hl7.org/CodeSystem/medicationrequest-category'
const CATEGORY = {
  community: { system: MR_CATEGORY, code: 'community', display: 'Community', userSelected: false },
  inpatient: { system: MR_CATEGORY, code: 'inpatient', display: 'Inpatient', userSelected: false },
  // Home meds borrow MedicationStatement's category system, as Millennium does.
  patientspecified: {
    system: 'http://terminology.hl7.org/CodeSystem/medication-statement-category',
    code: 'patientspecified',
    display: 'Patient Specified',
    userSelected: false,
  },
}

function categories(f: MedicationFact): CodeableConcept[] {
  if (f.reported) return [{ coding: [CATEGORY.community] }, { coding: [CATEGORY.patientspecified] }]
  return [{ coding: [f.route === 'intravenous' ? CATEGORY.inpatient : CATEGORY.community] }]
}

const VERSION: Record<MedicationFact['status'], string> = { active: '1', 'on-hold': '2', stopped: '3', completed: '4' }

export function renderMedicationRequest(f: MedicationFact, patient: SyntheticPatient): MedicationRequest {
  const id = medicationRequestId(f)
  const intent = f.reported ? 'plan' : 'order'
  const prescriber = f.prescriberKey ? clinicianByKey(f.prescriberKey) : undefined
  const lastUpdated = f.end && f.status !== 'active' ? `${f.end}T23:00:00Z` : f.authoredOn
  const req: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id,
    meta: { versionId: VERSION[f.status], lastUpdated: isoSeconds(lastUpdated) },
    text: narrative('Medication Request', [
      ['Status', titleCase(f.status)], ['Intent', titleCase(intent)], ['Medication', f.name],
      ['Dosage Instructions', terseSig(f)], ['Requester', prescriber ? displayName(prescriber.name) : undefined],
      ['Authored On', withOffset(f.authoredOn, -5)],
    ]),
    status: f.status,
    intent,
    category: categories(f),
    reportedBoolean: f.reported,
    subject: { reference: `Patient/${patient.ids.cerner}`, display: displayName(patient.name) },
    // Millennium writes order times in the facility's offset, not UTC.
    authoredOn: withOffset(f.authoredOn, -5),
    dosageInstruction: [dosageInstruction(f)],
  }
  if (f.ingredients?.length) {
    const med = containedMedication(f, f.ingredients)
    req.contained = [med]
    req.medicationReference = { reference: `#${med.id}`, display: f.name }
  } else {
    req.medicationCodeableConcept = drugConcept(f.rxnorm, f.name)
  }
  if (prescriber) req.requester = { reference: `Practitioner/${prescriber.ids.cerner}`, display: displayName(prescriber.name) }
  return reorder(req)
}

// Millennium's field order: contained first, the medication right after reportedBoolean.
const ORDER = [
  'resourceType', 'id', 'meta', 'text', 'contained', 'status', 'intent', 'category', 'reportedBoolean',
  'medicationCodeableConcept', 'medicationReference', 'subject', 'authoredOn', 'requester', 'dosageInstruction',
] as const

function reorder(r: MedicationRequest): MedicationRequest {
  const out: Record<string, unknown> = {}
  for (const k of ORDER) if (r[k] !== undefined) out[k] = r[k]
  return out as unknown as MedicationRequest
}
