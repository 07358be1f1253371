// Young adult whose only allergy statement is "no known drug allergies" (NKDA, not NKA). A fainting
// episode at the June 2025 visit left one critically low glucose, and a stopped antidepressant whose
// order never got an end date.
import type { LabFact, SyntheticPatient, VitalFact } from '../types.ts'
import { labSeries, vitalRecorder } from '../fact-builders.ts'
import * as t from '../lab-tests.ts'
import { round } from '../random.ts'

const KEY = 'hana'
const DRAW = '2026-01-20T16:45:00Z'
const FAINT = '2025-06-03T15:20:00Z'

function labs(): LabFact[] {
  return [
    ...labSeries(KEY, t.hemoglobin, [{ at: DRAW, value: 12.8 }]),
    ...labSeries(KEY, t.wbc, [{ at: DRAW, value: 7.1 }]),
    ...labSeries(KEY, t.platelets, [{ at: DRAW, value: 262 }]),
    ...labSeries(KEY, t.tsh, [{ at: DRAW, value: 1.9 }]),
    ...labSeries(KEY, t.glucose, [{ at: FAINT, value: 36 }, { at: DRAW, value: 86 }]),
  ]
}

const visits = [
  { at: '2025-06-03T16:00:00Z', sys: 112, dia: 70, hr: 68, temp: 36.7, weight: 57.2, spo2: 99 },
  { at: '2026-01-20T16:30:00Z', sys: 116, dia: 72, hr: 74, temp: 36.9, weight: 58.0, spo2: 98 },
]
const HEIGHT = 161.3

function vitals(): VitalFact[] {
  const rec = vitalRecorder(KEY)
  for (const v of visits) {
    rec.bp(v.at, v.sys, v.dia)
    rec.add('heart-rate', v.at, v.hr)
    rec.add('temperature', v.at, v.temp)
    rec.add('spo2', v.at, v.spo2)
    rec.add('weight', v.at, v.weight)
    rec.add('height', v.at, HEIGHT)
    rec.add('bmi', v.at, round(v.weight / (HEIGHT / 100) ** 2, 1))
  }
  return rec.out
}

export const hana: SyntheticPatient = {
  key: KEY,
  ids: { epic: 'ezYDPOObRkwkgz4ZEvzp6Q1WKg3', cerner: '27411876' },
  epicDstu2Id: 'TDLOpa0nFiYLd5j37SGyYraf2B',
  mrn: '5037712',
  name: { given: ['Hana', 'Mei'], family: 'Takahashi' },
  sex: 'female',
  birthDate: '2002-02-11',
  phone: '(503) 555-0129',
  email: 'hana.takahashi@example.org',
  address: { line: ['1450 NE Fernhill Ave', 'Unit 12'], city: 'Port Alder', state: 'OR', postalCode: '97214' },
  language: 'en',
  contacts: [
    { relationship: 'emergency', name: { given: ['Yuki'], family: 'Takahashi' }, phone: '(503) 555-0130' },
  ],
  labs,
  vitals,
  medications: [
    {
      key: 'hana-med-sumatriptan', rxnorm: '313242', name: 'sumatriptan 50 MG Oral Tablet', form: 'tablet',
      status: 'active', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (50 mg total) by mouth once as needed for migraine. May repeat once after 2 hours.',
      asNeeded: 'migraine', patientInstruction: 'Do not take more than 4 tablets (200 mg) in 24 hours.',
      authoredOn: '2026-01-20T17:05:00Z', start: '2026-01-20', prescriberKey: 'kaur',
    },
    {
      // Stopped at a visit, but the order has no end date: status alone says it is not current.
      key: 'hana-med-sertraline', rxnorm: '312941', name: 'sertraline 50 MG Oral Tablet', form: 'tablet',
      status: 'stopped', reported: false, route: 'oral',
      dosageText: 'Take 1 tablet (50 mg total) by mouth daily.',
      authoredOn: '2025-06-03T16:20:00Z', start: '2025-06-03', prescriberKey: 'kaur',
    },
  ],
  allergies: { kind: 'none-known', recorded: '2025-06-03T16:05:00Z', drugOnly: true },
}
