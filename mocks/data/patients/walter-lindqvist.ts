// Heart-failure patient on daily home monitoring: thousands of vitals to exercise paging,
// with fluid-overload episodes so trends are visible. Nobody ever recorded allergies.
import type { LabFact, SyntheticPatient, VitalFact } from '../types.ts'
import { addDays, addMinutes, labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { intBetween, jitter, mulberry32, round } from '../random.ts'

const KEY = 'walter'
const DAYS = 1310
const LAST_DAY = '2026-10-31T12:00:00Z'
/** Peaks of fluid overload; weight climbs for a week before and falls after diuresis. */
const EPISODES = ['2024-01-19T12:00:00Z', '2025-02-27T12:00:00Z', '2026-08-09T12:00:00Z']

const L1 = '2024-03-05T15:10:00Z'
const L2 = '2025-04-15T14:40:00Z'
const L3 = '2026-08-11T13:20:00Z'

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.creatinine, [{ at: L1, value: 1.21 }, { at: L2, value: 1.34 }, { at: L3, value: 1.52 }]),
    ...labSeries(KEY, t.potassium, [{ at: L1, value: 4.3 }, { at: L2, value: 3.9 }, { at: L3, value: 3.4 }]),
    ...labSeries(KEY, t.sodium, [{ at: L1, value: 138 }, { at: L2, value: 137 }, { at: L3, value: 134 }]),
    ...labSeries(KEY, t.ntProBnp, [{ at: L1, value: 1240 }, { at: L2, value: 980 }, { at: L3, value: 3120 }]),
    ...labSeries(KEY, t.hemoglobinMale, [{ at: L2, value: 12.9 }]),
  ]
}

/** 0..1 how "wet" the patient is on a given day. */
function overload(dayMs: number): number {
  let worst = 0
  for (const peak of EPISODES) {
    const d = (dayMs - Date.parse(peak)) / 86_400_000
    let w = 0
    if (d >= -7 && d <= 0) w = 1 + d / 7
    else if (d > 0 && d <= 5) w = 1 - d / 5
    worst = Math.max(worst, w)
  }
  return worst
}

function vitals(): VitalFact[] {
  const rng = mulberry32(0x7a17e4)
  const rec = vitalRecorder(KEY)
  const first = addDays(LAST_DAY, -(DAYS - 1))
  for (let i = 0; i < DAYS; i++) {
    const day = addDays(first, i)
    const wet = overload(Date.parse(day))
    const at = addMinutes(day, intBetween(rng, 15, 55))
    // Slow dry-weight loss over the years, plus day-to-day scale noise.
    const dryWeight = 91.5 - (3.2 * i) / DAYS
    rec.add('weight', at, round(jitter(rng, dryWeight + 3 * wet, 0.35), 1))
    const bpAt = addMinutes(at, 4)
    rec.bp(bpAt, Math.round(jitter(rng, 131 + 12 * wet, 7)), Math.round(jitter(rng, 73 + 5 * wet, 4)))
    // Atrial fibrillation makes the rate noisier than in sinus rhythm.
    rec.add('heart-rate', bpAt, Math.round(jitter(rng, 71 + 16 * wet, 9)))
    rec.add('spo2', addMinutes(at, 6), Math.min(99, Math.round(jitter(rng, 95.5 - 4 * wet, 1.2))))
  }
  return rec.out
}

export const walter: SyntheticPatient = {
  key: KEY,
  ids: { epic: 'ehoreDVJClYF.kpMZAi0yc8P13', cerner: '27409942' },
  epicDstu2Id: 'TfOxigEArf8oArMGboqfbXDjEB',
  mrn: '893058',
  name: { given: ['Walter', 'Ingvald'], family: 'Lindqvist', suffix: ['Sr.'] },
  sex: 'male',
  birthDate: '1948-09-30',
  phone: '(218) 555-0162',
  email: 'w.lindqvist@example.net',
  address: { line: ['77 Loon Lake Dr'], city: 'North Tamarack', state: 'MN', postalCode: '55614' },
  language: 'en',
  contacts: [
    { relationship: 'emergency', name: { given: ['Karin'], family: 'Lindqvist-Moore' }, phone: '(218) 555-0175' },
  ],
  labs,
  vitals,
  medications: [
    {
      key: 'walter-med-metoprolol', rxnorm: '866412', name: 'metoprolol succinate 25 MG Extended Release Oral Tablet',
      form: 'extended release tablet', status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (25 mg total) by mouth daily. Do not crush or chew.',
      authoredOn: '2023-04-11T16:20:00Z', start: '2023-04-11', prescriberKey: 'osei',
    },
    {
      key: 'walter-med-furosemide', rxnorm: '310429', name: 'furosemide 20 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (20 mg total) by mouth daily.',
      patientInstruction: 'Take 1 extra tablet if your weight goes up 1 kg in a day or 2 kg in a week, and call the clinic.',
      authoredOn: '2023-04-11T16:22:00Z', start: '2023-04-11', prescriberKey: 'osei',
    },
    {
      key: 'walter-med-apixaban', rxnorm: '1364445', name: 'apixaban 5 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (5 mg total) by mouth 2 times daily.',
      authoredOn: '2023-04-11T16:25:00Z', start: '2023-04-11', prescriberKey: 'osei',
    },
  ],
  allergies: { kind: 'not-asked' },
}
