// Healthy adult with an explicit "no known allergies" record; also Sofía's father, so his
// login covers two records.
import type { LabFact, SyntheticPatient, VitalFact } from '../types.ts'
import { labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { jitter, mulberry32, round } from '../random.ts'

const KEY = 'mateo'
const PANEL = '2026-03-10T15:15:00Z'

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.cholesterol, [{ at: PANEL, value: 214 }]),
    ...labSeries(KEY, t.triglycerides, [{ at: PANEL, value: 168 }]),
    ...labSeries(KEY, t.hdl, [{ at: PANEL, value: 42 }]),
    ...labSeries(KEY, t.ldl, [{ at: PANEL, value: 138 }]),
    ...labSeries(KEY, t.glucose, [{ at: PANEL, value: 92 }]),
  ]
}

const visits = [
  '2025-01-14T16:20:00Z',
  '2025-06-24T21:05:00Z',
  '2026-03-10T16:00:00Z',
  '2026-09-29T15:45:00Z',
]

function vitals(): VitalFact[] {
  const rng = mulberry32(0x3a7e0)
  const rec = vitalRecorder(KEY)
  const height = 178.4
  visits.forEach((at, i) => {
    const weight = round(jitter(rng, 86 + i * 0.6, 0.4), 1)
    rec.bp(at, Math.round(jitter(rng, 124, 4)), Math.round(jitter(rng, 80, 3)))
    rec.add('heart-rate', at, Math.round(jitter(rng, 70, 5)))
    rec.add('temperature', at, round(jitter(rng, 36.8, 0.2), 1))
    rec.add('weight', at, weight)
    rec.add('spo2', at, Math.min(100, Math.round(jitter(rng, 98, 0.8))))
    if (i === 2) {
      rec.add('height', at, height)
      rec.add('bmi', at, round(weight / (height / 100) ** 2, 1))
    }
  })
  return rec.out
}

export const mateo: SyntheticPatient = {
  key: KEY,
  ids: { epic: 'e1HnkbAgCT7GWfCTTglGHbF3', cerner: '27410619' },
  epicDstu2Id: 'TZqvOP43z2QyOdgsY3tBagAsqB',
  mrn: '4820294',
  name: { given: ['Mateo', 'Andrés'], family: 'Ríos Castillo' },
  sex: 'male',
  birthDate: '1991-07-09',
  phone: '(480) 555-0117',
  email: 'mateo.rios@example.com',
  address: { line: ['2718 Calle Alameda', 'Apt 4B'], city: 'Mesa Dorada', state: 'AZ', postalCode: '85391' },
  language: 'en',
  contacts: [
    { relationship: 'spouse', name: { given: ['Lucía'], family: 'Morales Vega' }, phone: '(480) 555-0118' },
  ],
  labs,
  vitals,
  medications: [
    {
      key: 'mateo-med-sertraline', rxnorm: '312940', name: 'sertraline 50 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (50 mg total) by mouth daily.',
      patientInstruction: 'It can take 4 to 6 weeks to feel the full effect. Do not stop suddenly.',
      authoredOn: '2025-06-24T21:30:00Z', start: '2025-06-24', prescriberKey: 'kaur',
    },
  ],
  allergies: { kind: 'none-known', recorded: '2025-01-14T16:25:00Z' },
}
