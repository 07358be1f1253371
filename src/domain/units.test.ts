// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type LabResult, toLabResult, toVitalSign } from './observation.ts'
import { labsOf, type VendorName, VENDORS, vitalsOf } from './test-fixtures.ts'
import { harmonize, type Measurement } from './units.ts'

const labs = async (vendor: VendorName) => (await labsOf(vendor, 'lorraine')).map((o) => toLabResult(o)).filter((l): l is LabResult => l !== null)

function quantity(value: number, unit: string | undefined, extra: object = {}): Measurement['value'] {
  return { kind: 'quantity', value, ...(unit !== undefined && { unit }), alternates: [], ...extra }
}

describe('harmonize', () => {
  it.each(VENDORS)('%s: creatinine in umol/L converts to mg/dL, the original is kept', async (vendor) => {
    const series = await harmonize(await labs(vendor), '2160-0')
    expect(series.unit).toBe('mg/dL')
    expect(series.points.every((p) => p.comparable)).toBe(true)
    const ed = series.points.find((p) => p.effective === '2025-07-08T04:15:00.000Z')
    expect(ed).toMatchObject({ converted: true, original: { value: 110, unit: 'umol/L', unitDisplay: 'mcmol/L' } })
    expect(ed?.value).toBeCloseTo(110 / 88.4, 2)
  })

  it('gives the same creatinine trend from both vendors', async () => {
    const trend = async (vendor: VendorName) =>
      (await harmonize(await labs(vendor), '2160-0')).points.map((p) => [p.effective, p.value, p.comparable]).sort()
    expect(await trend('cerner')).toEqual(await trend('epic'))
  })

  it.each(VENDORS)('%s: the retracted sodium is flagged, never plotted', async (vendor) => {
    const series = await harmonize(await labs(vendor), '2951-2')
    const retracted = series.points.find((p) => p.effective === '2025-07-08T04:16:00.000Z')
    expect(retracted).toMatchObject({ comparable: false })
    expect(retracted?.value).toBeUndefined()
  })

  it.each(VENDORS)('%s: weights and temperatures stay in kg and Cel', async (vendor) => {
    const vitals = (await vitalsOf(vendor, 'lorraine')).map((o) => toVitalSign(o))
    const measurements = vitals.flatMap((v) => (v && v.kind !== 'blood-pressure' ? [v] : []))
    for (const [loinc, unit] of [['29463-7', 'kg'], ['8310-5', 'Cel']]) {
      const series = await harmonize(measurements, loinc ?? '')
      expect(series.unit).toBe(unit)
      expect(series.points.length).toBeGreaterThan(5)
      expect(series.points.every((p) => p.comparable && !p.converted)).toBe(true)
    }
  })

  it.each([
    ['glucose mmol/L → mg/dL (molar mass 180.16)', '2345-7', quantity(5.5, 'mmol/L'), 99.088],
    ['weight [lb_av] → kg', '29463-7', quantity(176, '[lb_av]'), 79.8323],
    ['temperature [degF] → Cel', '8310-5', quantity(98.6, '[degF]'), 37],
    ['height [in_i] → cm', '8302-2', quantity(65, '[in_i]'), 165.1],
    ['non-UCUM main unit, UCUM translation', '29463-7', quantity(79.3, undefined, { unitDisplay: 'kilos', alternates: [{ value: 174.827, unit: '[lb_av]' }] }), 79.3],
  ])('converts %s', async (_name, loinc, value, expected) => {
    const [p] = (await harmonize([{ loinc, value }], loinc)).points
    expect(p?.comparable).toBe(true)
    expect(p?.value).toBeCloseTo(expected, 2)
  })

  it.each([
    ['HbA1c in mmol/mol (IFCC is not a unit conversion)', '4548-4', quantity(53, 'mmol/mol'), /different scale/],
    ['units that do not commensurate', '2345-7', quantity(5, 'kg'), /cannot convert/],
    ['a value without a unit', '2345-7', quantity(101, undefined), /missing unit/],
    ['a printed unit that is not UCUM', '2345-7', quantity(101, undefined, { unitDisplay: 'mg per dl' }), /not UCUM/],
    ['a censored value', '2345-7', quantity(40, 'mg/dL', { comparator: '<' }), /censored/],
    ['a text value', '2345-7', { kind: 'text', text: 'Hemolyzed' } as const, /text value/],
    ['an absent value', '2345-7', { kind: 'absent', reason: 'masked' } as const, /masked/],
  ])('flags %s as not comparable', async (_name, loinc, value, reason) => {
    const [p] = (await harmonize([{ loinc, value }], loinc)).points
    expect(p?.comparable).toBe(false)
    expect(p?.value).toBeUndefined()
    expect(p?.reason).toMatch(reason)
  })

  it('loads ucum-lhc lazily: no static import anywhere in the domain', () => {
    const source = readFileSync(new URL('./units.ts', import.meta.url), 'utf8')
    expect(source).toMatch(/import\('@lhncbc\/ucum-lhc'\)/)
    expect(source).not.toMatch(/^import (?!type ).*ucum-lhc/m)
  })
})
