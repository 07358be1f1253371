// @vitest-environment node
import type { Observation } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { toLabResult, toVitalSign, type VitalSign } from './observation.ts'
import { isImplausibleDate } from './plausibility.ts'
import { labsOf, type PatientKey, VENDORS, vitalsOf } from './test-fixtures.ts'

const today = new Date('2026-11-30T15:00:00Z')
const KEYS: PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']

describe('observation.implausible-date', () => {
  it.each([
    ['2099-09-29T15:47:00Z', true],
    ['2026-12-02T00:00:00Z', true],
    ['2026-12-01T23:59:00Z', false], // tomorrow, which a time zone ahead of UTC can reach
    ['2026-11-30T09:00:00Z', false],
    ['1970-01-01T00:00:00Z', true],
    ['1969-12-31T19:00:00Z', true],
    ['1970-01-02T00:00:00Z', false],
    ['1899-12-31T00:00:00Z', true],
    ['1900-01-01T00:00:00Z', false],
    // The form every mapped time has (UTC, milliseconds), whose day is read from the text.
    ['1970-01-01T00:00:00.000Z', true],
    ['1969-12-31T23:59:59.999Z', true],
    ['1899-12-31T23:59:59.999Z', true],
    ['2026-12-02T00:00:00.000Z', true],
    ['2026-12-01T23:59:59.999Z', false],
    ['1970-01-02T00:00:00.000Z', false],
  ])('%s → %s', (date, bad) => {
    expect(isImplausibleDate(date, today)).toBe(bad)
  })

  it('without "today" only the checks that do not depend on it apply, so a report stays reproducible', () => {
    expect(isImplausibleDate('2099-09-29T15:47:00Z')).toBe(false)
    expect(isImplausibleDate('1970-01-01T00:00:00Z')).toBe(true)
  })
})

function vital(kind: 'temp' | 'hr' | 'bp', value: number, unit: string, diastolic?: number): Observation {
  const code = { temp: '8310-5', hr: '8867-4', bp: '85354-9' }[kind]
  const q = (v: number) => ({ value: v, unit, system: 'http://unitsofmeasure.org', code: unit })
  return {
    resourceType: 'Observation', status: 'final', effectiveDateTime: '2026-05-01T10:00:00Z',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
    code: { coding: [{ system: 'http://loinc.org', code }] },
    ...(kind === 'bp'
      ? {
          component: [
            { code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] }, valueQuantity: q(value) },
            { code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] }, valueQuantity: q(diastolic ?? 80) },
          ],
        }
      : { valueQuantity: q(value) }),
  }
}

describe('observation.implausible-value', () => {
  it.each([
    ['BP 1/1', vital('bp', 1, 'mm[Hg]', 1), true],
    ['systolic 39', vital('bp', 39, 'mm[Hg]', 30), true],
    ['diastolic 19', vital('bp', 90, 'mm[Hg]', 19), true],
    ['BP 90/20', vital('bp', 90, 'mm[Hg]', 20), false],
    ['heart rate 0', vital('hr', 0, '/min'), true],
    ['heart rate 31', vital('hr', 31, '/min'), false],
    ['temperature 24.9 °C', vital('temp', 24.9, 'Cel'), true],
    ['temperature 45.1 °C', vital('temp', 45.1, 'Cel'), true],
    ['temperature 25 °C', vital('temp', 25, 'Cel'), false],
    ['temperature 98.6 °F', vital('temp', 98.6, '[degF]'), false],
    ['temperature 37 "°F" (Celsius filed as Fahrenheit)', vital('temp', 37, '[degF]'), true],
  ])('%s', (_name, o, bad) => {
    const v = toVitalSign(o)
    expect(v).not.toBeNull()
    expect(v?.implausible?.includes('observation.implausible-value') ?? false).toBe(bad)
  })
})

describe('plausibility on the sandbox records', () => {
  const mapped = async (vendor: (typeof VENDORS)[number], key: PatientKey) =>
    (await vitalsOf(vendor, key, 2)).map((o) => toVitalSign(o, undefined, { today })).filter((v): v is VitalSign => v !== null)

  it.each(VENDORS)('%s: only the recorded oddities are marked, with the rule in provenance', async (vendor) => {
    const marked: string[] = []
    for (const key of KEYS) {
      for (const v of await mapped(vendor, key)) if (v.implausible) marked.push(`${key} ${v.kind} ${v.effective?.slice(0, 10)} ${v.implausible.join(',')}`)
      for (const o of await labsOf(vendor, key)) expect(toLabResult(o, undefined, { today })?.implausible).toBeUndefined()
    }
    expect(marked.sort()).toEqual([
      'mateo blood-pressure 2026-09-29 observation.implausible-value',
      'mateo heart-rate 1970-01-01 observation.implausible-date',
      'mateo temperature 2099-09-29 observation.implausible-date',
      'mateo weight 1969-12-31 observation.implausible-date',
    ])
    const vitals = await mapped(vendor, 'mateo')
    const bp = vitals.find((v) => v.implausible?.includes('observation.implausible-value'))
    expect(bp?.provenance.fields.systolic?.rules).toContain('observation.implausible-value')
    const future = vitals.find((v) => v.effective?.startsWith('2099'))
    expect(future?.provenance.fields.effective?.rules).toContain('observation.implausible-date')
    // Kept as given: the values are not changed or dropped.
    expect(bp?.kind === 'blood-pressure' && [bp.systolic?.value, bp.diastolic?.value]).toEqual([1, 1])
    expect(future?.kind === 'temperature' && future.value.kind === 'quantity' && future.value.value).toBe(36.9)
  })
})
