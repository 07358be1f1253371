// Contract tests shared by both personalities: the messy entries real records hold (vendors.md §8.4)
// reach a client exactly as recorded, never "fixed". The data sits on one synthetic record (Mateo).
import type { Observation, Quantity } from 'fhir/r4'
import { expect, it } from 'vitest'

type Fetch = (category: 'laboratory' | 'vital-signs') => Promise<Observation[]>

const loinc = (o: Observation) => o.code.coding?.filter((c) => c.system === 'http://loinc.org').map((c) => c.code) ?? []
const has = (code: string) => (o: Observation) => loinc(o).includes(code)
const year = (o: Observation) => Number((o.effectiveDateTime ?? '').slice(0, 4))
const unitOf = (q: Quantity | undefined) => q?.code ?? q?.unit

/** The result of `test` whose value is not in the series' usual unit, with its range's unit. */
async function wrongUnit(fetch: Fetch, test: string, usual: string[]) {
  const results = (await fetch('laboratory')).filter(has(test))
  const odd = results.filter((o) => !usual.includes(unitOf(o.valueQuantity) ?? ''))
  expect(odd).toHaveLength(1)
  expect(results.length).toBeGreaterThan(1)
  const range = odd[0]?.referenceRange?.[0]
  return { value: odd[0]?.valueQuantity, rangeUnit: unitOf(range?.high ?? range?.low) }
}

export function recordedOddities(fetch: Fetch): void {
  it('temperatures dated in 2099 are served as recorded', async () => {
    const temps = (await fetch('vital-signs')).filter(has('8310-5'))
    expect(temps.filter((o) => year(o) === 2099).map((o) => o.valueQuantity?.value)).toEqual([36.9])
    expect(temps.filter((o) => year(o) < 2099).length).toBeGreaterThan(1)
  })

  it('vitals dated 1969–1970 (epoch-like dates) are served as recorded', async () => {
    const epoch = (await fetch('vital-signs')).filter((o) => year(o) === 1969 || year(o) === 1970)
    expect(epoch.map((o) => o.effectiveDateTime?.slice(0, 10)).sort()).toEqual(['1969-12-31', '1970-01-01'])
  })

  it('a blood pressure of 1/1 is served as recorded', async () => {
    const bps = (await fetch('vital-signs')).filter((o) => o.component?.length === 2 && has('85354-9')(o))
    const ones = bps.filter((o) => o.component?.every((c) => c.valueQuantity?.value === 1))
    expect(ones).toHaveLength(1)
    expect(ones[0]?.component?.map((c) => c.valueQuantity?.code)).toEqual(['mm[Hg]', 'mm[Hg]'])
  })

  it('potassium reported in g/dL, its range still in mmol/L', async () => {
    const r = await wrongUnit(fetch, '2823-3', ['mmol/L'])
    expect(r.value).toMatchObject({ value: 4.3, unit: 'g/dL' })
    expect(r.rangeUnit).toBe('mmol/L')
  })

  it('hemoglobin reported in µmol/L, its range still in g/dL', async () => {
    const r = await wrongUnit(fetch, '718-7', ['g/dL'])
    expect(r.value).toMatchObject({ value: 9.1, unit: 'µmol/L' })
    expect(r.rangeUnit).toBe('g/dL')
  })

  it('white cells reported in 10*3/mL, its range still in 10*3/uL', async () => {
    const r = await wrongUnit(fetch, '6690-2', ['10*3/uL', 'K/uL'])
    expect(r.value).toMatchObject({ value: 6900, unit: '10*3/mL' })
    expect(['10*3/uL', 'K/uL']).toContain(r.rangeUnit)
  })
}
