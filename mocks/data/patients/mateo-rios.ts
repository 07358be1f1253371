// Healthy adult with an explicit "no known allergies" record; also Sofía's father, so his
// login covers two records. His chart also keeps the messy entries real records hold (§8.4), shown
// as given, never fixed: a temperature dated 2099, vitals dated at the Unix epoch, a blood pressure
// of 1/1, and results filed in the wrong unit (potassium in g/dL, hemoglobin in µmol/L, white cells
// in 10*3/mL) next to their usual-unit series.
import type { LabFact, SyntheticPatient, VitalFact } from '../types.ts'
import { labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { jitter, mulberry32, round } from '../random.ts'

const KEY = 'mateo'
const FIRST = '2025-01-14T15:40:00Z'
const PANEL = '2026-03-10T15:15:00Z'
const LATEST = '2026-09-29T16:10:00Z'

/** A result filed under the wrong unit: the value as sent, no flag, the range still in the usual unit. */
const wrongUnit = (at: string, value: number, ucum: string, unitDisplay: string) =>
  ({ at, value, interpretation: null, unitOnlyOnValue: true, override: { ucum, unitDisplay } }) as const

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.cholesterol, [{ at: PANEL, value: 214 }]),
    ...labSeries(KEY, t.triglycerides, [{ at: PANEL, value: 168 }]),
    ...labSeries(KEY, t.hdl, [{ at: PANEL, value: 42 }]),
    ...labSeries(KEY, t.ldl, [{ at: PANEL, value: 138 }]),
    ...labSeries(KEY, t.glucose, [{ at: PANEL, value: 92 }]),
    ...labSeries(KEY, t.potassium, [{ at: FIRST, value: 4.2 }, { at: PANEL, value: 4.4 }, wrongUnit(LATEST, 4.3, 'g/dL', 'g/dL')]),
    ...labSeries(KEY, t.hemoglobinMale, [{ at: PANEL, value: 14.8 }, wrongUnit(LATEST, 9.1, 'umol/L', 'µmol/L')]),
    ...labSeries(KEY, t.wbc, [{ at: PANEL, value: 6.4 }, wrongUnit(LATEST, 6900, '10*3/mL', '10*3/mL')]),
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
  // Recorded oddities, after the regular readings so their keys never shift: a device clock a
  // century ahead, a blood pressure entered as 1/1 right after the real one, and two readings whose
  // date fell back to the Unix epoch (once as the UTC instant, once as US Eastern wall-clock time marked UTC).
  rec.add('temperature', '2099-09-29T15:47:00Z', 36.9)
  rec.bp('2026-09-29T15:52:00Z', 1, 1)
  rec.add('heart-rate', '1970-01-01T00:00:00Z', 72)
  rec.add('weight', '1969-12-31T19:00:00Z', 86.4)
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
    {
      // A finished course after a dental abscess: the one capsule in the population (Millennium's {Capsule}).
      key: 'mateo-med-amoxicillin', rxnorm: '308191', name: 'amoxicillin 500 MG Oral Capsule', form: 'capsule',
      status: 'completed', reported: false, route: 'oral',
      dosageText: 'Take 1 capsule (500 mg total) by mouth 3 times daily for 7 days.',
      authoredOn: '2026-03-10T16:40:00Z', start: '2026-03-10', end: '2026-03-17', prescriberKey: 'kaur',
    },
  ],
  allergies: { kind: 'none-known', recorded: '2025-01-14T16:25:00Z' },
}
