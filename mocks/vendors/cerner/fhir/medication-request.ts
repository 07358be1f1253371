// Renders medication facts as Millennium MedicationRequests (C6 shape, corrected by §8.5):
// `medicationCodeableConcept` for every order, IV mixtures too (no recorded request contains a
// Medication), `authoredOn` in UTC, the verification and Swedish NLL extensions on every request,
// home meds as `intent: plan` + `reportedBoolean: true` + community/patientspecified categories.
import type { CodeableConcept, Extension, MedicationRequest } from 'fhir/r4'
import { clinicianByKey } from '../../../data/clinicians.ts'
import type { MedicationFact, SyntheticPatient } from '../../../data/types.ts'
import { dosageInstruction, terseSig } from './dosage.ts'
import { codeSet, numericId, RXNORM, SYNONYM_SYSTEM } from './ids.ts'
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

const NLL = 'http://electronichealth.se/fhir/StructureDefinition'

function requestExtensions(f: MedicationFact): Extension[] {
  const verified = f.reported ? 'Does not need pharmacy verification' : 'Verified by pharmacy'
  return [
    { valueCodeableConcept: { text: verified }, url: 'https://fhir-ehr.cerner.com/r4/StructureDefinition/pharmacy-verification-status' },
    {
      valueCoding: { system: 'http://electronichealth.se/fhir/ValueSet/prescription-format', code: 'ELECTRONIC', display: 'Electronic' },
      url: `${NLL}/NLLPrescriptionFormat`,
    },
    {
      valueCoding: { system: 'http://ehalsomyndigheten.se/fhir/ValueSet/registration-basis-codes', code: 'ELECTRONIC', display: 'Electronic' },
      url: `${NLL}/NLLRegistrationBasis`,
    },
  ]
}

const COURSE = 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy'

/** Millennium's "Soft Stop" / "Acute" order types, each with the FHIR course-of-therapy code. */
function courseOfTherapy(f: MedicationFact): CodeableConcept {
  const acute = f.end !== undefined && f.status !== 'stopped'
  const [code, display, tenant, tenantDisplay] = acute
    ? ['acute', 'Short course (acute) therapy', '2337', 'Acute']
    : ['continuous', 'Continuous long term therapy', '2338', 'Soft Stop']
  return {
    coding: [
      { system: codeSet(4009), code: tenant, display: tenantDisplay, userSelected: true },
      { system: COURSE, code, display, userSelected: false },
    ],
    text: tenantDisplay,
  }
}

/** Reported home medications have no ordering provider: Millennium sends a data-absent requester. */
const UNKNOWN_REQUESTER = {
  extension: [{ valueCode: 'unknown', url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason' }],
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
    // Recorded requests are in UTC ("2021-07-14T13:36:53Z"), not the facility's offset.
    authoredOn: isoSeconds(f.authoredOn),
    courseOfTherapyType: courseOfTherapy(f),
    dosageInstruction: [dosageInstruction(f)],
    dispenseRequest: {
      extension: [{ valueBoolean: false, url: `${NLL}/NLLDosePackaging` }],
      validityPeriod: { start: isoSeconds(f.authoredOn), ...(f.end ? { end: `${f.end}T23:59:59Z` } : {}) },
    },
  }
  req.extension = requestExtensions(f)
  // IV mixtures are coded like any other order; the product name carries the ingredients.
  req.medicationCodeableConcept = drugConcept(f.rxnorm, f.name)
  req.requester = prescriber
    ? { reference: `Practitioner/${prescriber.ids.cerner}`, display: displayName(prescriber.name) }
    : (UNKNOWN_REQUESTER as MedicationRequest['requester'])
  return reorder(req)
}

// Millennium's field order: extensions first, the medication right after reportedBoolean.
const ORDER = [
  'resourceType', 'id', 'meta', 'text', 'extension', 'status', 'intent', 'category', 'reportedBoolean',
  'medicationCodeableConcept', 'subject', 'authoredOn', 'requester', 'courseOfTherapyType', 'dosageInstruction',
  'dispenseRequest',
] as const

function reorder(r: MedicationRequest): MedicationRequest {
  const out: Record<string, unknown> = {}
  for (const k of ORDER) if (r[k] !== undefined) out[k] = r[k]
  return out as unknown as MedicationRequest
}
