// The data-rich adult: two years of diabetes/hypertension care with abnormal, critical,
// corrected, entered-in-error and unit-shifted results for normalization tests.
import type { LabFact, SyntheticPatient, VitalFact } from '../types.ts'
import { penicillinMemberCodings } from '../allergen-codings.ts'
import { endedContacts } from '../past-contacts.ts'
import { labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { jitter, mulberry32, round } from '../random.ts'

const KEY = 'lorraine'

// Morning draws before the clinic visit; ED is the July 2025 gastroenteritis admission.
const D1 = '2024-11-12T14:05:00Z'
const D2 = '2025-02-18T14:20:00Z'
const D3 = '2025-05-20T13:50:00Z'
const ED = '2025-07-08T04:15:00Z'
const D5 = '2025-08-26T14:10:00Z'
const D6 = '2025-11-18T14:35:00Z'
const D7 = '2026-02-24T14:00:00Z'
const D8 = '2026-05-19T13:45:00Z'
const R8 = '2026-05-21T15:30:00Z'
const D9 = '2026-09-15T14:25:00Z'

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.glucose, [
      { at: D1, value: 142 }, { at: D2, value: 131 }, { at: D3, value: 118 }, { at: ED, value: 96 },
      { at: D5, value: 109 }, { at: D6, value: 97, status: 'corrected' }, { at: D7, value: 104 },
      { at: D8, value: 112 }, { at: D9, value: 101 },
    ]),
    ...labSeries(KEY, t.hba1c, [
      { at: D1, value: 7.8 }, { at: D2, value: 7.4 }, { at: D3, value: 7.1 }, { at: D5, value: 6.9 },
      { at: D6, value: 6.8 }, { at: D7, value: 6.6 }, { at: D8, value: 6.9 }, { at: D9, value: 6.7 },
    ]),
    ...labSeries(KEY, t.creatinine, [
      { at: D1, value: 0.92 }, { at: D2, value: 0.95 }, { at: D3, value: 0.98 },
      // The ED analyzer reports SI units: 1.24 mg/dL × 88.4 ≈ 110 umol/L.
      { at: ED, value: 110, override: t.creatinineSi },
      { at: D5, value: 1.01 }, { at: D6, value: 0.97 }, { at: D8, value: 1.18 }, { at: R8, value: 1.06 },
      { at: D9, value: 1.02 },
    ]),
    ...labSeries(KEY, t.potassium, [
      { at: D1, value: 4.4 }, { at: D2, value: 4.6 }, { at: D3, value: 4.7 }, { at: ED, value: 3.1 },
      { at: D5, value: 4.3 }, { at: D6, value: 4.8 }, { at: D7, value: 4.9 }, { at: D8, value: 6.4 },
      { at: R8, value: 5.3 }, { at: D9, value: 4.7 },
    ]),
    ...labSeries(KEY, t.sodium, [
      { at: D1, value: 139 }, { at: D2, value: 140 }, { at: D3, value: 138 }, { at: ED, value: 133 },
      // Mislabeled specimen, retracted by the lab.
      { at: '2025-07-08T04:16:00Z', value: 113, status: 'entered-in-error' },
      { at: D5, value: 141 }, { at: D6, value: 139 }, { at: D8, value: 137 }, { at: D9, value: 140 },
    ]),
    ...labSeries(KEY, t.hemoglobin, [
      { at: D1, value: 13.1 }, { at: D3, value: 12.6 }, { at: ED, value: 14.2 }, { at: D6, value: 11.2 },
      { at: D7, value: 11.9 }, { at: D9, value: 12.4 },
    ]),
    ...labSeries(KEY, t.wbc, [
      { at: D1, value: 6.8 }, { at: D3, value: 7.2 }, { at: ED, value: 12.9 }, { at: D6, value: 5.9 },
      { at: D7, value: 6.4 }, { at: D9, value: 6.1 },
    ]),
    ...labSeries(KEY, t.ldl, [
      { at: D1, value: 148 }, { at: D3, value: 121 }, { at: D6, value: 96 }, { at: D8, value: 88 },
      // Epic sometimes sends no flag at all ("(NONE)") for in-range results.
      { at: D9, value: 92, interpretation: null },
    ]),
    ...labSeries(KEY, t.egfr, [
      { at: D1, value: 72 }, { at: D2, value: 70 }, { at: D3, value: 67 }, { at: ED, value: 50 },
      { at: D5, value: 65 }, { at: D6, value: 68 }, { at: D8, value: 53 }, { at: D9, value: 64 },
    ]),
    ...labSeries(KEY, t.tsh, [
      { at: D1, value: 2.1 }, { at: D3, value: 3.4 }, { at: D6, value: 5.2 }, { at: D7, value: 4.1 },
      { at: D9, value: 2.8, status: 'preliminary' },
    ]),
    ...labSeries(KEY, t.urineColor, [
      { at: D1, value: 'Yellow', interpretation: null }, { at: ED, value: 'Dark yellow', interpretation: 'A' },
      { at: D6, value: 'Yellow', interpretation: null },
    ]),
    ...labSeries(KEY, t.urineProtein, [
      { at: D1, value: 'Negative', interpretation: null }, { at: ED, value: 'Trace', interpretation: 'A' },
      { at: D6, value: 'Negative', interpretation: null },
    ]),
    ...labSeries(KEY, t.urineSpecificGravity, [
      { at: D1, value: 1.018 }, { at: ED, value: 1.032 }, { at: D6, value: 1.015 },
    ]),
  ]
}

interface Visit {
  at: string
  sys: number
  dia: number
  hr: number
  temp: number
  weight?: number
  height?: number
  clinic: boolean
}

const visits: Visit[] = [
  { at: '2024-11-12T15:10:00Z', sys: 152, dia: 94, hr: 82, temp: 36.8, weight: 84.6, height: 165.1, clinic: true },
  { at: '2025-02-18T15:25:00Z', sys: 146, dia: 90, hr: 80, temp: 36.7, weight: 83.9, clinic: true },
  { at: '2025-05-20T14:55:00Z', sys: 138, dia: 86, hr: 78, temp: 36.9, weight: 83.1, clinic: true },
  { at: '2025-07-08T03:40:00Z', sys: 104, dia: 62, hr: 112, temp: 38.1, weight: 81.7, clinic: false },
  { at: '2025-07-08T07:45:00Z', sys: 118, dia: 70, hr: 94, temp: 37.6, clinic: false },
  { at: '2025-08-26T15:15:00Z', sys: 134, dia: 82, hr: 76, temp: 36.6, weight: 82.0, clinic: true },
  { at: '2025-11-18T15:40:00Z', sys: 132, dia: 80, hr: 74, temp: 36.8, weight: 81.4, height: 164.8, clinic: true },
  { at: '2026-02-24T15:05:00Z', sys: 130, dia: 79, hr: 77, temp: 36.7, weight: 80.6, clinic: true },
  { at: '2026-05-19T14:50:00Z', sys: 128, dia: 78, hr: 72, temp: 36.9, weight: 80.1, clinic: true },
  { at: '2026-09-15T15:30:00Z', sys: 126, dia: 76, hr: 74, temp: 36.6, weight: 79.3, height: 164.5, clinic: true },
]

function vitals(): VitalFact[] {
  const rng = mulberry32(0x10aa1e)
  const rec = vitalRecorder(KEY)
  let height = 165.1
  for (const v of visits) {
    rec.bp(v.at, v.sys, v.dia)
    rec.add('heart-rate', v.at, v.hr)
    rec.add('temperature', v.at, v.temp)
    rec.add('resp-rate', v.at, Math.round(jitter(rng, v.clinic ? 16 : 20, 1.5)))
    rec.add('spo2', v.at, Math.min(100, Math.round(jitter(rng, v.clinic ? 97.5 : 96, 1))))
    if (v.height !== undefined) {
      height = v.height
      rec.add('height', v.at, v.height)
    }
    if (v.weight !== undefined) {
      rec.add('weight', v.at, v.weight)
      if (v.clinic) rec.add('bmi', v.at, round(v.weight / (height / 100) ** 2, 1))
    }
  }
  return rec.out
}

export const lorraine: SyntheticPatient = {
  key: KEY,
  ids: { epic: 'e00BEL662-EGPgWD9Z1dKQpbrz3', cerner: '27410583' },
  epicDstu2Id: 'TO3PSei6YtG5pCdo1ZsnkmN3lB',
  mrn: '4820137',
  name: { given: ['Lorraine', 'Folake'], family: 'Adeyemi' },
  sex: 'female',
  birthDate: '1968-03-22',
  phone: '(608) 555-0143',
  email: 'lorraine.adeyemi@example.com',
  address: { line: ['418 Juniper Ridge Rd'], city: 'Cedar Bend', state: 'WI', postalCode: '53719' },
  language: 'en',
  contacts: [
    { relationship: 'spouse', name: { given: ['Olumide'], family: 'Adeyemi' }, phone: '(608) 555-0144' },
    // Emergency contacts from earlier admissions, since ended: Millennium keeps them with period.end.
    { relationship: 'emergency', name: { given: ['Adaeze'], family: 'Okafor' }, phone: '(608) 555-0171', ended: '2019-05-02' },
    { relationship: 'emergency', name: { given: ['Tunde'], family: 'Adeyemi' }, phone: '(608) 555-0172', ended: '2021-09-30' },
    { relationship: 'emergency', name: { given: ['Grace'], family: 'Whitfield' }, phone: '(608) 555-0173', ended: '2023-01-15' },
    // Decades of admissions and visits: Millennium keeps dozens more, all ended.
    ...endedContacts(0x1a0c7, 32, '608', '1994-01-01', '2018-12-31'),
  ],
  // Numbers left from hospital stays, ranked like the home phone (temp first, as registration saved them).
  otherPhones: [
    { value: '(608) 555-0190', use: 'temp' },
    { value: '(608) 555-0191', use: 'temp' },
    { value: '(608) 555-0145', use: 'mobile' },
  ],
  labs,
  vitals,
  medications: [
    {
      key: 'lorraine-med-lisinopril', rxnorm: '314076', name: 'lisinopril 10 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (10 mg total) by mouth daily.',
      patientInstruction: 'Take in the morning. Check your blood pressure at home twice a week.',
      authoredOn: '2024-11-12T15:40:00Z', start: '2024-11-12', prescriberKey: 'kaur',
    },
    {
      key: 'lorraine-med-metformin', rxnorm: '861007', name: 'metformin hydrochloride 500 MG Oral Tablet',
      form: 'tablet', status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 2 tablets (1,000 mg total) by mouth 2 times daily with meals.',
      authoredOn: '2024-11-12T15:42:00Z', start: '2024-11-12', prescriberKey: 'kaur',
    },
    {
      key: 'lorraine-med-atorvastatin', rxnorm: '617310', name: 'atorvastatin 20 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (20 mg total) by mouth nightly.',
      authoredOn: '2025-02-18T15:50:00Z', start: '2025-02-18', prescriberKey: 'kaur',
    },
    {
      key: 'lorraine-med-amlodipine', rxnorm: '197361', name: 'amlodipine 5 MG Oral Tablet', form: 'tablet',
      status: 'stopped', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (5 mg total) by mouth daily.',
      patientInstruction: 'Stopped because of ankle swelling.',
      authoredOn: '2024-11-12T15:41:00Z', start: '2024-11-12', end: '2025-05-20', prescriberKey: 'kaur',
    },
    {
      key: 'lorraine-med-azithromycin', rxnorm: '308460', name: 'azithromycin 250 MG Oral Tablet', form: 'tablet',
      status: 'completed', reported: false, route: 'oral',
      dosageText: 'Take 2 tablets (500 mg total) by mouth on day 1, then 1 tablet (250 mg total) daily on days 2 to 5.',
      authoredOn: '2026-01-13T17:05:00Z', start: '2026-01-13', end: '2026-01-17', prescriberKey: 'osei',
    },
    {
      key: 'lorraine-med-ibuprofen', rxnorm: '310965', name: 'ibuprofen 200 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: true, route: 'oral',
      dosageText: 'Take 2 tablets (400 mg total) by mouth every 6 hours as needed for pain.',
      asNeeded: 'knee pain', authoredOn: '2025-08-26T15:30:00Z', start: '2025-06-01',
    },
    {
      key: 'lorraine-med-glipizide', rxnorm: '310488', name: 'glipizide 5 MG Oral Tablet', form: 'tablet',
      status: 'on-hold', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (5 mg total) by mouth daily with breakfast.',
      patientInstruction: 'On hold while your A1c is reviewed; do not take until the clinic calls.',
      authoredOn: '2026-05-19T15:10:00Z', start: '2026-05-19', prescriberKey: 'kaur',
    },
    {
      key: 'lorraine-med-kcl-ns', rxnorm: '204520',
      name: 'potassium chloride 20 mEq in sodium chloride 0.9% 1,000 mL IV solution',
      ingredients: [
        { rxnorm: '8591', name: 'potassium chloride', strength: '20 mEq/1,000 mL' },
        { rxnorm: '9863', name: 'sodium chloride', strength: '9 mg/mL (0.9%)' },
      ],
      form: 'injectable solution', status: 'completed', reported: false, route: 'intravenous',
      dosageText: 'Infuse 1,000 mL intravenously at 125 mL/hr, once.',
      authoredOn: '2025-07-08T04:50:00Z', start: '2025-07-08', end: '2025-07-08', prescriberKey: 'osei',
    },
  ],
  allergies: {
    kind: 'list',
    items: [
      {
        key: 'lorraine-allergy-penicillin', substance: 'Penicillins', code: { system: 'rxnorm', code: '70618' },
        // Epic lists the allergen group's SNOMED concept before the RxNorm that names the substance.
        codings: [
          { system: 'snomed', code: '373270004', display: 'Penicillin -class of antibiotic- (substance)' },
          { system: 'ndfrt', code: 'N0000011281', display: 'Penicillins' },
          { system: 'rxnorm', code: '70618', display: 'Penicillin' },
          { system: 'unii', code: 'Q42T66VG0C', display: 'Penicillin G' },
          { system: 'rxnorm', code: '7980', display: 'Penicillin G' },
          ...penicillinMemberCodings(35),
        ],
        note: 'Reaction as a teenager; tolerated cephalexin in 2019.',
        category: 'medication', criticality: 'high', clinicalStatus: 'active', verificationStatus: 'confirmed',
        reactions: [
          { manifestation: 'Hives', snomed: '247472004', severity: 'moderate' },
          { manifestation: 'Anaphylaxis', snomed: '39579001', severity: 'severe' },
        ],
        onset: '1994-06-01', recorded: '2024-11-12T15:20:00Z',
      },
      {
        key: 'lorraine-allergy-peanut', substance: 'Peanut', code: { system: 'snomed', code: '256349002' },
        codings: [
          { system: 'unii', code: 'QE1QX6B99R', display: 'Peanut' },
          { system: 'snomed', code: '256349002', display: 'Peanut - dietary (substance)' },
          { system: 'snomed', code: '762952008', display: 'Peanut (substance)' },
        ],
        category: 'food', criticality: 'high', clinicalStatus: 'active', verificationStatus: 'confirmed',
        reactions: [{ manifestation: 'Angioedema', snomed: '41291007', severity: 'severe' }],
        onset: '1975-01-01', recorded: '2024-11-12T15:21:00Z',
      },
      {
        key: 'lorraine-allergy-latex', substance: 'Latex', code: { system: 'snomed', code: '111088007' },
        category: 'environment', criticality: 'low', clinicalStatus: 'active', verificationStatus: 'unconfirmed',
        reactions: [{ manifestation: 'Itching', snomed: '418290006', severity: 'mild' }],
        recorded: '2025-07-08T05:05:00Z',
      },
      {
        key: 'lorraine-allergy-codeine', substance: 'Codeine', code: { system: 'rxnorm', code: '2670' },
        category: 'medication', clinicalStatus: 'inactive', verificationStatus: 'refuted',
        reactions: [{ manifestation: 'Nausea', snomed: '422587007', severity: 'mild' }],
        recorded: '2025-02-18T15:30:00Z',
      },
      {
        // Charted on the wrong patient and retracted; vendors omit clinicalStatus for these.
        key: 'lorraine-allergy-sulfa', substance: 'Sulfonamide antibiotics', code: { system: 'snomed', code: '387406002' },
        category: 'medication', criticality: 'unable-to-assess', clinicalStatus: 'inactive',
        verificationStatus: 'entered-in-error', reactions: [], recorded: '2025-07-08T05:02:00Z',
      },
      {
        // A free-text "no known" statement charted before the real allergies and later retracted.
        key: 'lorraine-allergy-nkma', substance: 'No Known Medication Allergies', category: 'medication',
        clinicalStatus: 'active', verificationStatus: 'entered-in-error', reactions: [], recorded: '2024-11-12T15:18:00Z',
      },
      {
        key: 'lorraine-allergy-adhesive', substance: 'Adhesive tape', category: 'environment', criticality: 'unable-to-assess',
        clinicalStatus: 'resolved', verificationStatus: 'confirmed',
        reactions: [{ manifestation: 'Skin irritation', severity: 'mild' }], recorded: '2025-07-08T05:10:00Z',
      },
    ],
  },
}
