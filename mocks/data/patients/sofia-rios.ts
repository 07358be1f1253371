// Pediatric record from a Spanish-speaking family; reached through both parents' logins.
import type { LabFact, MeasureFact, SyntheticPatient, VitalFact } from '../types.ts'
import { labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { jitter, mulberry32 } from '../random.ts'

const KEY = 'sofia'

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.hemoglobinChild, [{ at: '2024-12-03T17:40:00Z', value: 12.3 }]),
    ...labSeries(KEY, t.lead, [{ at: '2024-12-03T17:40:00Z', value: 1.2 }]),
  ]
}

interface Visit {
  at: string
  weight: number
  temp: number
  hr: number
  height?: number
  spo2?: number
  resp?: number
}

// Well-child checks plus an ear infection and wheezing episodes.
const visits: Visit[] = [
  { at: '2024-12-03T17:10:00Z', weight: 19.4, temp: 36.8, hr: 98, height: 113.2 },
  { at: '2025-01-21T22:35:00Z', weight: 19.6, temp: 38.7, hr: 122, spo2: 98 },
  { at: '2025-03-11T18:05:00Z', weight: 19.9, temp: 37.4, hr: 118, spo2: 95, resp: 28 },
  { at: '2025-06-10T16:50:00Z', weight: 20.6, temp: 36.7, hr: 96, height: 116.4 },
  { at: '2025-10-28T20:15:00Z', weight: 21.3, temp: 37.9, hr: 112, spo2: 96, resp: 26 },
  { at: '2025-12-09T17:25:00Z', weight: 21.8, temp: 36.6, hr: 94, height: 118.9 },
  { at: '2026-03-17T19:40:00Z', weight: 22.4, temp: 38.4, hr: 116 },
  { at: '2026-06-16T16:30:00Z', weight: 23.1, temp: 36.8, hr: 92, height: 121.5 },
  { at: '2026-10-06T17:55:00Z', weight: 23.8, temp: 36.7, hr: 90, height: 123.0 },
]

function vitals(): VitalFact[] {
  const rng = mulberry32(0x50f1a)
  const rec = vitalRecorder(KEY)
  for (const v of visits) {
    rec.add('weight', v.at, v.weight)
    if (v.height !== undefined) rec.add('height', v.at, v.height)
    rec.add('temperature', v.at, v.temp)
    rec.add('heart-rate', v.at, v.hr + Math.round(jitter(rng, 0, 2)))
    if (v.spo2 !== undefined) rec.add('spo2', v.at, v.spo2)
    if (v.resp !== undefined) rec.add('resp-rate', v.at, v.resp)
  }
  return rec.out
}

// Growth-chart results the clinic's charting computes at each well-child visit (percentile, Z-score).
const growth: [at: string, weightPct: number, weightZ: number, heightPct?: number, heightZ?: number, bmiPct?: number, bmiZ?: number][] = [
  ['2024-12-03T17:10:00Z', 62, 0.31, 58, 0.2, 61, 0.28],
  ['2025-01-21T22:35:00Z', 60, 0.25],
  ['2025-03-11T18:05:00Z', 59, 0.23],
  ['2025-06-10T16:50:00Z', 61, 0.28, 57, 0.18, 60, 0.25],
  ['2025-10-28T20:15:00Z', 63, 0.33],
  ['2025-12-09T17:25:00Z', 62, 0.31, 59, 0.23, 61, 0.28],
  ['2026-03-17T19:40:00Z', 63, 0.33],
  ['2026-06-16T16:30:00Z', 64, 0.36, 60, 0.25, 63, 0.33],
  ['2026-10-06T17:55:00Z', 64, 0.36, 61, 0.28, 62, 0.31],
]

function measures(): MeasureFact[] {
  const out: MeasureFact[] = []
  const add = (kind: MeasureFact['kind'], effective: string, value: number | undefined) => {
    if (value !== undefined) out.push({ key: `${KEY}-measure-${out.length + 1}`, kind, effective, value })
  }
  for (const [at, wp, wz, hp, hz, bp, bz] of growth) {
    add('weight-percentile', at, wp)
    add('weight-z', at, wz)
    add('height-percentile', at, hp)
    add('height-z', at, hz)
    add('bmi-percentile', at, bp)
    add('bmi-z', at, bz)
  }
  // Nebulizer treatments on the two wheezing visits, and a BP attempt where the diastolic was not heard.
  add('therapy-minutes', '2025-03-11T18:20:00Z', 10)
  add('therapy-minutes', '2025-10-28T20:30:00Z', 15)
  add('bp-no-diastolic', '2025-10-28T20:16:00Z', 104)
  return out
}

export const sofia: SyntheticPatient = {
  key: KEY,
  ids: { epic: 'eZdnXtaFaOm57bMAt7lCsw9z3', cerner: '27410620' },
  epicDstu2Id: 'T3u0iAennE3n2XHD5XxPh06HSB',
  mrn: '4820295',
  name: { given: ['Sofía', 'Isabel'], family: 'Ríos Morales' },
  sex: 'female',
  birthDate: '2019-04-17',
  phone: '(480) 555-0118',
  address: { line: ['2718 Calle Alameda', 'Apt 4B'], city: 'Mesa Dorada', state: 'AZ', postalCode: '85391' },
  language: 'es',
  contacts: [
    { relationship: 'mother', name: { given: ['Lucía'], family: 'Morales Vega' }, phone: '(480) 555-0118' },
    { relationship: 'father', name: { given: ['Mateo', 'Andrés'], family: 'Ríos Castillo' }, phone: '(480) 555-0117' },
  ],
  labs,
  vitals,
  measures,
  medications: [
    {
      key: 'sofia-med-amoxicillin', rxnorm: '308189', name: 'amoxicillin 400 MG in 5 mL Oral Suspension',
      form: 'oral suspension', status: 'completed', reported: false, route: 'oral',
      dosageText: 'Take 11 mL (880 mg total) by mouth 2 times daily for 10 days.',
      patientInstruction: 'Agite bien antes de usar. Termine todo el medicamento.',
      authoredOn: '2025-01-21T22:50:00Z', start: '2025-01-21', end: '2025-01-31', prescriberKey: 'kaur',
    },
    {
      key: 'sofia-med-albuterol', rxnorm: '745679',
      name: 'albuterol 90 MCG/ACTUAT Metered Dose Inhaler (200 actuations)', form: 'metered dose inhaler',
      status: 'active', reported: false, route: 'inhaled',
      dosageText: 'Inhale 2 puffs into the lungs every 4 hours as needed for wheezing. Use with spacer.',
      asNeeded: 'wheezing or shortness of breath',
      patientInstruction: 'Use con el espaciador. Llame a la clínica si lo necesita más de cada 4 horas.',
      authoredOn: '2025-03-11T18:30:00Z', start: '2025-03-11', prescriberKey: 'kaur',
    },
  ],
  allergies: {
    kind: 'list',
    items: [
      {
        key: 'sofia-allergy-egg', substance: 'Egg', code: { system: 'snomed', code: '102263004' },
        category: 'food', criticality: 'low', clinicalStatus: 'active', verificationStatus: 'confirmed',
        reactions: [{ manifestation: 'Rash', snomed: '271807003', severity: 'moderate' }],
        onset: '2020-08-15', recorded: '2024-12-03T17:20:00Z',
      },
    ],
  },
}
