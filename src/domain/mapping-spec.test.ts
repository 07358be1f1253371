// @vitest-environment node
// The mapping specification: what the normalizers make of each vendor's resources, one line per model
// field with its value, the FHIR path it came from and the normalization rules applied, then what was
// dropped or only read, and the warnings. A reviewer reads the snapshot files as the spec; any change
// to a value, a path or a rule id shows up there as a diff.
import type { FhirResource } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { epicSigTrailer } from '../fhir/adapters/epic-sig.ts'
import { toAllergy } from './allergy.ts'
import { toMedication } from './medication.ts'
import { toLabResult, toVitalSign } from './observation.ts'
import { toPatientSummary } from './patient.ts'
import type { MapWarning, Provenance } from './provenance.ts'
import { allergiesOf, labsOf, medicationsOf, patientOf, type PatientKey, VENDORS, vitalsOf } from './test-fixtures.ts'
import { isVitalSignObservation } from './vital-kinds.ts'

// Fixed, so ages, ended periods and the future-date check read the same on every run.
const TODAY = new Date('2026-11-25T12:00:00Z')
const PATIENTS: readonly PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']

const json = (v: unknown) => JSON.stringify(v)

function render(resource: FhirResource, type: string, model: ({ provenance: Provenance } & object) | null, warnings: MapWarning[]): string {
  const lines = [`## ${resource.resourceType}/${resource.id ?? '?'} → ${model ? type : 'no model'}`]
  if (model) {
    const { provenance, ...fields } = model
    for (const [name, value] of Object.entries(fields)) {
      const src = provenance.fields[name]
      const from = src ? ` ← ${src.path}${src.rules.length ? ` [${src.rules.join(', ')}]` : ''}` : ''
      lines.push(`  ${name} = ${json(value)}${from}`)
    }
    // Provenance for a value the model does not hold: a flag read as "none", a code read as text.
    for (const [name, src] of Object.entries(provenance.fields)) {
      if (!(name in fields)) lines.push(`  (no value) ${name} ← ${src.path} [${src.rules.join(', ')}]`)
    }
    const head = [provenance.resourceType, provenance.id, provenance.versionId, provenance.lastUpdated]
    lines.push(`  source: ${head.map((h) => h ?? '-').join(' | ')}`)
    for (const d of provenance.dropped) lines.push(`  dropped ${d.path}: ${d.reason}`)
    if (provenance.read) lines.push(`  read: ${provenance.read.join(', ')}`)
  }
  for (const w of warnings) lines.push(`  warning ${w.ref}: ${w.message}`)
  return lines.join('\n')
}

/** A rendering without ids and values other than the test's code and kind: readings of one test at other times share it. */
const shapeOf = (text: string) =>
  text.split('\n').slice(1).filter((l) => !l.startsWith('  source:'))
    .map((l) => (/^ {2}(loinc|kind) = /.test(l) ? l : l.replace(/ = .*? ←/, ' ←').replace(/ = .*$/, '')))
    .join('\n')

/** Labs and vitals repeat the same test at many dates; the spec keeps the first reading of each test and shape. */
function distinct(rendered: string[], seen: Set<string>): string[] {
  return rendered.filter((r) => {
    const shape = shapeOf(r)
    if (seen.has(shape)) return false
    seen.add(shape)
    return true
  })
}

type Vendor = (typeof VENDORS)[number]

/** Each part is mapped inside its own test, so a test covers exactly the mapping it compares. */
const PARTS: Record<string, (vendor: Vendor, key: PatientKey, seen: Set<string>) => Promise<string[]>> = {
  patients: async (vendor, key) => {
    const patient = await patientOf(vendor, key)
    const w: MapWarning[] = []
    return [render(patient, 'patient', toPatientSummary(patient, { today: TODAY, warnings: w }), w)]
  },
  labs: async (vendor, key, seen) => {
    const labs = (await labsOf(vendor, key)).map((o) => {
      const w: MapWarning[] = []
      return render(o, 'lab-result', toLabResult(o, w, { today: TODAY }), w)
    })
    return distinct(labs, seen)
  },
  // The first five pages of each patient; later pages repeat the same shapes at other times.
  vitals: async (vendor, key, seen) => {
    const vitals = (await vitalsOf(vendor, key, 5)).filter(isVitalSignObservation).map((o) => {
      const w: MapWarning[] = []
      return render(o, 'vital-sign', toVitalSign(o, w, { today: TODAY }), w)
    })
    return distinct(vitals, seen)
  },
  // The app maps Epic's requests with the Epic adapter's sig trailer parser.
  medications: async (vendor, key) => {
    const meds = await medicationsOf(vendor, key)
    return meds.requests.map((r) => {
      const w: MapWarning[] = []
      return render(r, 'medication', toMedication(r, meds.lookup, w, vendor === 'epic' ? { sigTrailer: epicSigTrailer } : {}), w)
    })
  },
  allergies: async (vendor, key) =>
    (await allergiesOf(vendor, key)).resources.map((a) => {
      const w: MapWarning[] = []
      return render(a, 'allergy', toAllergy(a, w), w)
    }),
}

describe.each(VENDORS)('%s mapping specification', (vendor) => {
  it.each(Object.keys(PARTS))('%s', async (part) => {
    const lines: string[] = []
    const seen = new Set<string>()
    for (const key of PATIENTS) lines.push(`# ${key}`, ...(await PARTS[part]!(vendor, key, seen)))
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/mapping-spec.${vendor}.${part}.txt`)
  })
})

// Synthetic resources for what the emulator records do not show: odd codings, units and times, absent
// and unsupported values, order-entry trailers, placeholder allergies, ended names and identifiers.
const LOINC = 'http://loinc.org'
const SNOMED = 'http://snomed.info/sct'
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm'
const UCUM = 'http://unitsofmeasure.org'
const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation'
const LAB = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }
const VITALS = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }
const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'

const labs: Array<Record<string, unknown>> = [
  {
    id: 'sodium-oid-string-value-two-ranges',
    status: ' Final ',
    category: [{ text: 'Chemistry' }, { coding: [{ system: 'http://acme.example/cat', code: 'CHEM' }, LAB.coding[0]] }],
    code: { coding: [{ system: 'http://acme.example/labs', code: 'NA', display: 'Sodium, serum' }, { system: 'urn:oid:2.16.840.1.113883.6.1', code: '2951-2' }] },
    effectivePeriod: { start: '2026-03-01T08:30:00-05:00', end: '2026-03-01T09:00:00-05:00' },
    issued: '2026-03-01T15:00:00+01:00',
    valueQuantity: { value: ' 139 ', unit: 'mmol/L' },
    interpretation: [{ coding: [{ system: 'http://acme.example/flags', code: 'NRM' }, { system: V3, code: 'n' }] }],
    referenceRange: [
      { type: { coding: [{ code: 'therapeutic' }] }, low: { value: 140 }, high: { value: 150 } },
      { type: { coding: [{ code: 'normal' }] }, low: { value: 135, unit: 'mmol/L', system: UCUM, code: 'mmol/L' }, high: { value: 145, unit: 'mmol/L', system: UCUM, code: 'mmol/L' } },
    ],
    performer: [{ reference: 'Practitioner/1' }, { display: '  Core Lab  ' }],
  },
  {
    id: 'potassium-local-code-text-flag-text-range',
    status: 'preliminary',
    category: [LAB],
    code: { coding: [{ system: 'http://acme.example/labs', code: 'K-100' }] },
    effectivePeriod: { end: '2026-03-02T09:00:00Z' },
    valueQuantity: { value: 6.2, unit: 'mEq/L' },
    interpretation: [{ text: ' High ' }],
    referenceRange: [{ text: '3.5-5.1' }],
  },
  {
    id: 'a1c-derived-from-text-range',
    status: 'final',
    category: [LAB],
    code: { coding: [{ system: LOINC, code: '4548-4', display: 'Hemoglobin A1c' }, { system: SNOMED, code: '43396009' }] },
    effectiveInstant: '2026-04-01T10:00:00.000Z',
    valueQuantity: { value: 6.1, unit: 'percent', system: UCUM, code: '%', comparator: '>=' },
    referenceRange: [{ text: '<5.7' }],
  },
  {
    id: 'hdl-derived-low-only-none-flag',
    status: 'amended',
    category: [LAB],
    code: { text: 'HDL', coding: [{ system: LOINC, code: '2085-9' }] },
    effectiveDateTime: 'yesterday',
    issued: '2026-04-02T10:00:00Z',
    valueQuantity: { value: 38, unit: 'mg/dL', system: UCUM, code: 'mg/dL' },
    interpretation: [{ text: '(NONE)' }],
    referenceRange: [{ low: { value: 40, unit: 'mg/dL', system: UCUM, code: 'mg/dL' } }],
  },
  {
    id: 'glucose-derived-numeric-with-translation',
    status: 'corrected',
    category: [LAB],
    code: { text: 'Glucose', coding: [{ system: LOINC, code: '2345-7' }] },
    effectiveDateTime: '2026-04-03T07:15:00+02:00',
    valueQuantity: {
      value: 3.1, unit: 'mmol/l', system: UCUM, code: 'mmol/L',
      extension: [{ url: PQ_TRANSLATION, valueQuantity: { value: 56, unit: 'mg/dL', system: UCUM, code: 'mg/dL' } }, { url: 'http://acme.example/other', valueQuantity: { value: 1 } }],
    },
    referenceRange: [{ low: { value: 3.9, unit: 'mmol/L', system: UCUM, code: 'mmol/L' }, high: { value: 5.5, unit: 'mmol/L', system: UCUM, code: 'mmol/L' } }],
  },
  {
    id: 'culture-coded-value-unmapped-flag',
    status: 'final',
    category: [LAB],
    code: { text: 'Urine culture', coding: [{ system: LOINC, code: '630-4' }] },
    effectiveDateTime: '2026-04-04',
    valueCodeableConcept: { coding: [{ system: SNOMED, code: '260385009', display: 'Negative' }] },
    interpretation: [{ coding: [{ system: 'http://acme.example/flags', code: 'WEIRD' }] }],
  },
  {
    id: 'masked-value-unknown-status',
    status: 'pending-review',
    category: [LAB],
    code: { coding: [{ system: LOINC, code: '5221-7', display: 'HIV 1 Ab' }] },
    effectiveDateTime: '2026-04-05T08:00:00Z',
    dataAbsentReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'masked' }] },
  },
  {
    id: 'ratio-value-with-components',
    status: 'final',
    code: { text: 'Titer' },
    effectiveTiming: { repeat: { frequency: 1 } },
    valueRatio: { numerator: { value: 1 }, denominator: { value: 64 } },
    component: [{ code: { text: 'part' }, valueString: 'x' }],
    referenceRange: [{ type: { coding: [{ code: 'therapeutic' }] }, text: 'n/a' }],
  },
  { id: 'integer-value', status: 'final', code: { text: 'Cell count' }, valueInteger: 12 },
  { id: 'boolean-value', status: 'final', code: { text: 'Hemolyzed' }, valueBoolean: false },
  { id: 'datetime-value', status: 'final', code: { text: 'Collected at' }, valueDateTime: '2026-04-06T10:00:00+02:00' },
  { id: 'time-value', status: 'final', code: { text: 'Dose time' }, valueTime: '08:30:00' },
  { id: 'quantity-without-number-then-string', status: 'final', code: { text: 'Note' }, valueQuantity: { unit: 'mg' }, valueString: 'see comment' },
  { id: 'unit-not-ucum-and-missing', status: 'final', code: { text: 'Factor' }, valueQuantity: { value: 12, unit: 'units/whatever', system: 'http://acme.example/units' }, referenceRange: [{ high: { value: 20 } }] },
  { id: 'epoch-date', status: 'final', code: { text: 'Old import' }, effectiveDateTime: '1970-01-01T00:00:00Z', valueString: 'x' },
  { id: 'no-value-at-all', status: 'final', code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }] } },
  { id: 'implausible-period-start', status: 'final', code: { text: 'Archived result' }, effectivePeriod: { start: '1850-06-01T00:00:00Z' }, valueString: 'see scan' },
  { status: 'final', valueString: 'no id and no code' },
  {
    id: 'text-in-a-loinc-code-field',
    status: 'final',
    code: { coding: [{ system: LOINC, code: 'Glucose' }, { system: LOINC, code: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma' }] },
    valueQuantity: { value: 95, unit: 'mg/dL', system: UCUM, code: 'mg/dL' },
  },
]

const vitals: Array<Record<string, unknown>> = [
  {
    id: 'pulse-loinc-under-oid-zero',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: 'urn:oid:1.2.3.4', code: '8867-4', display: 'Pulse' }] },
    effectiveDateTime: '2026-05-01T08:00:00Z',
    valueQuantity: { value: 0, unit: 'bpm' },
  },
  {
    id: 'bp-from-components-only',
    status: 'final',
    category: [VITALS],
    code: { text: 'BP' },
    effectiveDateTime: '2026-05-01T08:00:00Z',
    valueQuantity: { value: 120 },
    component: [
      { code: { coding: [{ system: LOINC, code: '8478-0', display: 'Mean blood pressure' }] }, valueQuantity: { value: 93, unit: 'mmHg' } },
      { code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueQuantity: { value: 350, unit: 'mmHg' } },
      { code: { coding: [{ system: LOINC, code: '8462-4' }] }, dataAbsentReason: { text: 'Not measured' } },
    ],
  },
  {
    id: 'bp-low-diastolic-string-value',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: LOINC, code: '85354-9' }] },
    effectiveDateTime: '2026-05-02T08:00:00Z',
    component: [
      { code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueQuantity: { value: 110, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' } },
      { code: { coding: [{ system: LOINC, code: '8462-4' }] }, valueQuantity: { value: '15', comparator: '<', unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' } },
    ],
  },
  {
    id: 'temperature-future-and-too-hot',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: LOINC, code: '8331-1', display: 'Oral temperature' }] },
    effectiveDateTime: '2099-01-01T08:00:00Z',
    valueQuantity: { value: 120, unit: '°F' },
  },
  {
    id: 'weight-in-pounds-text-unit',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: LOINC, code: '29463-7' }] },
    effectiveDateTime: '2026-11-26T23:00:00Z',
    valueQuantity: { value: 154, unit: 'lbs' },
  },
  {
    id: 'weight-z-by-coding-display',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: 'http://acme.example/flowsheet', code: 'WTZ', display: 'Weight Z-Score' }] },
    effectiveDateTime: '2026-05-03T08:00:00Z',
    valueQuantity: { value: -1.2 },
  },
  { id: 'not-a-vital', status: 'final', category: [LAB], code: { text: 'Sodium' }, valueQuantity: { value: 140 } },
  {
    id: 'bp-systolic-as-text',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: LOINC, code: '85354-9' }] },
    component: [
      { code: { coding: [{ system: LOINC, code: '8480-6' }] }, valueString: 'not done' },
      { code: { coding: [{ system: LOINC, code: '8462-4' }] }, valueQuantity: { value: 80, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' } },
    ],
  },
  {
    id: 'bp-diastolic-only',
    status: 'final',
    category: [VITALS],
    code: { coding: [{ system: LOINC, code: '85354-9' }] },
    component: [{ code: { coding: [{ system: LOINC, code: '8462-4' }] }, valueQuantity: { value: 70, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' } }],
  },
  { id: 'bp-without-components', status: 'final', category: [VITALS], code: { coding: [{ system: LOINC, code: '85354-9' }] }, component: [] },
]

const medications: Array<Record<string, unknown>> = [
  {
    id: 'contained-medication-trimmed-status',
    status: ' On-Hold ',
    intent: ' Order ',
    contained: [{
      resourceType: 'Medication', id: 'm1',
      code: { coding: [{ system: 'http://acme.example/meds', code: 'LOC1', display: 'Amoxicillin' }, { system: RXNORM, code: '308182', display: 'amoxicillin 250 MG Oral Capsule' }] },
      form: { text: 'capsule' },
      ingredient: [{ itemCodeableConcept: { coding: [{ system: RXNORM, code: '723' }], text: 'amoxicillin' } }],
    }],
    medicationReference: { reference: '#m1' },
    authoredOn: '2026-06-01T09:00:00-04:00',
    requester: { reference: 'Practitioner/9', display: ' Dr. Rivera ' },
    dosageInstruction: [{
      text: ' 250 mg three times daily ',
      patientInstruction: ' Take with food ',
      route: { coding: [{ system: SNOMED, code: '26643006', display: 'Oral route' }] },
      timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd', boundsPeriod: { start: '2026-06-01', end: '2026-06-11' } } },
      doseAndRate: [{ doseQuantity: { value: 250, code: 'mg' } }],
    }],
  },
  {
    id: 'reference-display-reported-from-plan',
    status: 'active',
    intent: 'plan',
    category: [{ coding: [{ code: 'patientspecified' }] }, { coding: [{ code: 'patientspecified' }, { code: 'community' }] }],
    medicationReference: { reference: 'Medication/not-sent', display: 'Fish oil 1000 mg capsule' },
    requester: { reference: 'Patient/p1', display: 'The patient' },
    dispenseRequest: { validityPeriod: { start: '2026-01-01T00:00:00+01:00' } },
    dosageInstruction: [{ text: 'daily', asNeededCodeableConcept: { text: 'joint pain' }, timing: { repeat: { frequency: 1, period: 1, periodUnit: 'fortnight' }, code: { text: 'QD' } } }],
  },
  {
    id: 'epic-trailer-dates-and-class',
    status: 'paused',
    intent: 'order',
    medicationCodeableConcept: { text: 'lisinopril 10 mg tablet' },
    requester: { type: 'RelatedPerson' },
    reportedReference: { reference: 'Practitioner/2' },
    dosageInstruction: [
      { text: 'Take 1 tablet by mouth daily, Starting Tue 11/12/2024, Until Wed 1/1/2025, Normal', asNeededBoolean: false },
      { text: '  ' },
    ],
  },
  {
    id: 'epic-trailer-historical-only',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { coding: [{ system: RXNORM, code: '198440' }] },
    dosageInstruction: [{ text: 'Take as directed, Historical Med' }],
  },
  {
    id: 'epic-trailer-nothing-else',
    status: 'active',
    intent: 'order',
    reportedBoolean: false,
    medicationCodeableConcept: { text: 'vitamin D3' },
    dosageInstruction: [{ text: ', Normal' }],
  },
  { id: 'no-name', status: 'active', intent: 'order', medicationReference: { reference: 'Medication/gone' } },
  {
    id: 'patientspecified-order-two-sigs',
    status: 'active',
    intent: 'order',
    category: [{ coding: [{ code: 'patientspecified' }] }],
    medicationCodeableConcept: { text: 'cetirizine 10 mg tablet' },
    requester: { type: 'Patient', display: 'Ana Delgado' },
    dosageInstruction: [{ text: '1 tablet daily' }, { text: '2 tablets when hives flare' }],
  },
  {
    id: 'patient-requester-absolute-reference',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { text: 'loratadine 10 mg tablet' },
    requester: { reference: 'https://fhir.example.org/r4/Patient/p1', display: 'Ana Delgado' },
  },
  {
    id: 'validity-end-only-no-intent',
    status: 'completed',
    medicationCodeableConcept: { text: 'prednisone 20 mg tablet' },
    dispenseRequest: { validityPeriod: { end: '2026-02-01T00:00:00-05:00' } },
  },
  {
    id: 'concept-without-name-beside-a-reference',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { coding: [{ system: RXNORM }] },
    medicationReference: { reference: '#other' },
    contained: [{ resourceType: 'Medication', id: 'other', code: { text: 'not this one' } }],
  },
  { id: 'epic-trailer-reported-only', status: 'active', intent: 'order', medicationCodeableConcept: { text: 'melatonin 3 mg' }, dosageInstruction: [{ text: ', Historical Med' }] },
  { id: 'epic-trailer-start-only', status: 'active', intent: 'order', medicationCodeableConcept: { text: 'fluticasone nasal' }, dosageInstruction: [{ text: ', Starting Tue 11/12/2024' }] },
  { id: 'epic-trailer-end-only', status: 'completed', intent: 'order', medicationCodeableConcept: { text: 'amoxicillin 500 mg capsule' }, dosageInstruction: [{ text: ', Until Wed 1/1/2025' }] },
  { status: 'active', intent: 'order', medicationCodeableConcept: { text: 'aspirin 81 mg tablet' } },
]

const allergies: Array<Record<string, unknown>> = [
  {
    id: 'peanut-filed-as-medication',
    clinicalStatus: { text: 'Inactive', coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ code: 'Confirmed', display: 'Confirmed' }] },
    type: 'Allergy ',
    category: ['medication', 'nonsense'],
    criticality: 'HIGH',
    code: { text: 'peanut', coding: [{ system: 'urn:oid:2.16.840.1.113883.4.9', code: 'QE1QX6B99R' }] },
    onsetDateTime: '2001-05-01T10:00:00+02:00',
    onsetAge: { value: 3 },
    recordedDate: 'not a date',
    reaction: [
      { manifestation: [{ coding: [{ system: SNOMED, code: 'Hives' }] }, { text: ' ' }], severity: ' Severe ', onset: '2001-05-01' },
      { description: ' Swelling of the lips ' },
      { severity: 'mild' },
    ],
  },
  { id: 'nkda-text', clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: 'NKDA' } },
  { id: 'no-known-allergies-coded', code: { coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }] } },
  { id: 'not-on-file-text', code: { text: 'Not on File' } },
  {
    id: 'substance-data-absent',
    clinicalStatus: { text: 'active' },
    verificationStatus: {},
    criticality: 'extreme',
    type: 'side effect',
    code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }] },
  },
  {
    id: 'shouting-drug-class',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'resolved', display: 'Resolved' }], text: 'resolved' },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'entered-in-error' }] },
    category: ['medication'],
    code: { coding: [{ system: 'http://acme.example/allergens', code: 'X1', display: 'NSAIDS AND ASA' }, { system: SNOMED, code: '16403005' }] },
    _onsetDateTime: { extension: [{ url: 'http://acme.example/precision', valueCodeableConcept: { text: 'After' } }] },
  },
  { id: 'fish-by-code-only', category: ['medication', 'environment'], code: { text: 'Cod', coding: [{ system: SNOMED, code: '227037002' }] } },
  { id: 'shellfish-by-name-only', category: ['medication', 'food'], code: { text: 'Shellfish' } },
  { id: 'egg-by-coding-display', category: ['medication'], code: { coding: [{ system: 'http://acme.example/allergens', code: 'EGG1', display: 'Egg white' }] } },
  { id: 'fish-oil-is-a-drug', category: ['medication'], code: { text: 'Fish oil', coding: [{ system: 'http://acme.example/allergens', code: 'FO1' }, { system: RXNORM, code: '999001' }] } },
  { id: 'local-allergen-code-only', category: ['medication'], code: { coding: [{ system: 'http://acme.example/allergens', code: 'X9' }] } },
  {
    id: 'status-outside-the-value-set',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'remission' }] },
    onsetDateTime: '2010',
    onsetPeriod: { start: '2010' }, onsetRange: { low: { value: 1 } }, onsetString: 'childhood',
    _onsetDateTime: {
      extension: [
        { valueCodeableConcept: { text: 'no url' } },
        { url: 'http://acme.example/other', valueCodeableConcept: { text: 'Other' } },
        { url: 'http://acme.example/precision', valueCodeableConcept: {} },
        { url: 'http://acme.example/precision', valueCodeableConcept: { text: 'Before' } },
      ],
    },
  },
  { clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] } },
]

const patients: Array<Record<string, unknown>> = [
  {
    id: 'ended-names-ids-and-phones',
    active: false,
    gender: ' Female ',
    birthDate: '1990-02-30',
    deceasedDateTime: '2026-01-01',
    name: [
      { use: 'old', family: 'Smith', given: ['Ana'] },
      { use: 'nickname', given: ['Annie'] },
      { use: 'official', family: ' Delgado ', given: [' Ana ', 'María'], suffix: ['', 'III'], period: { start: '1990-03-01' } },
    ],
    identifier: [
      { type: { text: 'MRN' }, value: 'OLD-1', period: { end: '2020-01-01' } },
      { value: 'no-type' },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', display: 'Medical record number' }] }, system: ' urn:oid:1.2.3 ', value: ' 771234 ', use: ' usual ' },
      { type: { text: 'mr' }, value: 'RETIRED-2', period: { end: '2025-01-01' } },
      { type: { text: 'MRN' } },
    ],
    telecom: [
      { system: 'phone', value: '(608) 555-0199', use: 'temp', rank: '1' },
      { system: 'phone', value: '608.555.0123', use: 'home', rank: ' 1 ' },
      { system: 'email', value: 'old@example.org', period: { end: '2020-05-01' } },
      { system: 'email', value: ' ana@example.org ' },
      { system: 'phone', use: 'old', value: '555' },
      { system: 'phone' },
    ],
    contact: [
      {
        relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'C', display: 'Emergency Contact' }] }],
        name: { text: 'Rosa Delgado' },
        telecom: [{ system: 'email', value: 'rosa@example.org' }, { system: 'phone', value: '+34 912 345 678' }],
      },
      { name: { given: ['Luis'] }, period: { end: '2019-01-01' } },
    ],
    address: [
      { use: 'old', line: ['1 Old Rd'], city: 'Oldtown' },
      { use: 'work', line: ['9 Work Ave'], city: 'Worktown' },
      { use: 'home', line: ['  12 Elm St ', 'Apt 3', 7], city: ' Springfield ', state: 'IL', postalCode: '62701', period: { end: '2030-01-01' } },
    ],
    communication: [
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }], text: 'Spanish' } },
      { language: { coding: [{ system: 'http://acme.example/lang', code: 'ENG', display: 'English' }] }, preferred: true },
    ],
  },
  {
    id: 'text-name-infant',
    gender: 'intersex',
    birthDate: '2026-08-15',
    deceasedBoolean: false,
    name: [{ text: ' Baby Girl Jones ' }],
    identifier: [{ type: { coding: [{ system: 'http://acme.example/id-types', code: 'E', display: ' epi ' }] }, value: 'E100' }],
    communication: [{ language: {} }],
  },
]

function edgeCases(): string {
  const sections: string[] = []
  const run = (title: string, rows: Array<Record<string, unknown>>, resourceType: string, type: string, map: (r: never, w: MapWarning[]) => ({ provenance: Provenance } & object) | null) => {
    sections.push(`# ${title}`)
    for (const row of rows) {
      const r = { resourceType, ...row } as unknown as FhirResource
      const w: MapWarning[] = []
      sections.push(render(r, type, map(r as never, w), w))
    }
  }
  run('labs', labs, 'Observation', 'lab-result', (r, w) => toLabResult(r, w, { today: TODAY }))
  run('vitals', vitals, 'Observation', 'vital-sign', (r, w) => toVitalSign(r, w, { today: TODAY }))
  run('medications (Epic trailer parser, as the Epic adapter maps)', medications, 'MedicationRequest', 'medication', (r, w) => toMedication(r, () => undefined, w, { sigTrailer: epicSigTrailer }))
  run('allergies', allergies, 'AllergyIntolerance', 'allergy', (r, w) => toAllergy(r, w))
  run('patients', patients, 'Patient', 'patient', (r, w) => toPatientSummary(r, { today: TODAY, warnings: w }))
  // Every mapper refuses another resource type with a warning, never a model.
  const wrong = { resourceType: 'Basic', id: 'wrong-type' } as unknown as FhirResource
  sections.push('# wrong resource type')
  for (const [type, map] of [
    ['lab-result', (w: MapWarning[]) => toLabResult(wrong as never, w)],
    ['vital-sign', (w: MapWarning[]) => toVitalSign(wrong as never, w)],
    ['medication', (w: MapWarning[]) => toMedication(wrong as never, () => undefined, w)],
    ['allergy', (w: MapWarning[]) => toAllergy(wrong as never, w)],
    ['patient', (w: MapWarning[]) => toPatientSummary(wrong as never, { warnings: w })],
  ] as const) {
    const w: MapWarning[] = []
    sections.push(render(wrong, type, map(w), w))
  }
  return `${sections.join('\n')}\n`
}

it('edge cases of every mapper', async () => {
  await expect(edgeCases()).toMatchFileSnapshot('__snapshots__/mapping-spec.edge-cases.txt')
})
