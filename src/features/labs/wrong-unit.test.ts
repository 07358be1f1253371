// Results filed in another unit than the rest of their series (potassium in g/dL among mmol/L,
// hemoglobin in µmol/L, white cells in 10*3/mL), as real records hold them: read from the sandbox
// record that carries them, through both vendors. And a result dated in 2099, on hand-made data.
import { describe, expect, it } from 'vitest'
import { type LabResult, toLabResult } from '../../domain/observation.ts'
import { labsOf, VENDORS } from '../../domain/test-fixtures.ts'
import { harmonize } from '../../domain/units.ts'
import { translate } from '../../i18n/i18n.tsx'
import { labChange } from './lab-change.ts'
import { groupLabs } from './lab-groups.ts'
import { valueText } from './lab-format.ts'
import { latestLabs } from './queries.ts'
import { measurementsOf, trendSeries } from './trend-series.ts'
import { rowNote } from './trend-text.ts'

const fmt = { t: translate.bind(null, 'en'), number: (v: number) => String(v) }
const today = new Date('2026-11-30T12:00:00Z')

async function mateoLabs(vendor: (typeof VENDORS)[number]): Promise<LabResult[]> {
  return (await labsOf(vendor, 'mateo')).map((o) => toLabResult(o, undefined, { today })).filter((l): l is LabResult => l !== null)
}
const groupOf = (labs: LabResult[], loinc: string) => groupLabs({ items: labs }).find((g) => g.loinc === loinc)

describe.each(VENDORS)('a result in another unit than its series (%s)', (vendor) => {
  it('potassium in g/dL is shown with its unit as given, never compared for change with the mmol/L ones', async () => {
    const g = groupOf(await mateoLabs(vendor), '2823-3')
    expect(g?.results).toHaveLength(3)
    expect(g?.latest && valueText(fmt, g.latest.value)).toBe('4.3 g/dL')
    expect(labChange(g!)).toMatchObject({ kind: 'not-compared', reason: 'other-unit' })
  })

  it('potassium in g/dL is never on the same trend line or scale as the mmol/L ones', async () => {
    const g = groupOf(await mateoLabs(vendor), '2823-3')!
    const series = trendSeries(g.results, await harmonize(measurementsOf(g.results, g.key), g.key))
    expect(series.unit).toBe('mmol/L')
    expect(series.rows.map((r) => r.state)).toEqual(['unconvertible', 'plotted', 'plotted'])
    expect(series.plotted.map((p) => p.value)).toEqual([4.2, 4.4])
    // The sandbox's Oracle record also carries a lab comment on some results; it follows the reason.
    expect(rowNote(fmt, series.rows[0]!, series)).toMatch(/^Not on the chart: g\/dL cannot be converted to mmol\/L\.( · Lab comment: “[^”]+”)?$/)
    // Without unit conversion, only the most common unit is drawn.
    expect(trendSeries(g.results).rows.map((r) => r.state)).toEqual(['other-unit', 'plotted', 'plotted'])
  })

  it('no derived flag is computed against a range in a different unit', async () => {
    const labs = await mateoLabs(vendor)
    const hemoglobin = groupOf(labs, '718-7')?.latest
    const wbc = groupOf(labs, '6690-2')?.latest
    // 9.1 "µmol/L" is below 13.2 and 6900 "10*3/mL" above 11, but those limits are in g/dL and 10*3/uL.
    expect(hemoglobin?.value).toMatchObject({ value: 9.1, unit: 'umol/L' })
    expect(hemoglobin?.referenceRange?.unit).toBe('g/dL')
    expect(wbc?.value).toMatchObject({ value: 6900, unit: '10*3/mL' })
    expect(wbc?.referenceRange?.unit).toBe('10*3/uL')
    for (const lab of [hemoglobin, wbc]) {
      expect(lab?.interpretation).toBeUndefined()
      expect(lab?.derivedFlag).toBeUndefined()
    }
  })
})

describe('a lab dated beyond tomorrow', () => {
  const provenance = { resourceType: 'Observation', fields: {}, dropped: [] }
  const lab = (id: string, effective: string, value: number, extra: Partial<LabResult> = {}): LabResult => ({
    id, loinc: '2823-3', name: 'Potassium', status: 'final', categories: ['laboratory'], effective,
    value: { kind: 'quantity', value, unit: 'mmol/L', alternates: [] }, provenance, ...extra,
  })
  const results = [
    lab('future', '2099-03-01T00:00:00Z', 6.9, { implausible: ['observation.implausible-date'] }),
    lab('b', '2026-02-01T00:00:00Z', 4.4),
    lab('a', '2026-01-01T00:00:00Z', 4.1),
  ]

  it('is listed with its marker but never the latest, never compared, never plotted', async () => {
    const g = groupLabs({ items: results })[0]!
    expect(g.results.map((r) => r.id)).toEqual(['future', 'b', 'a'])
    expect(g.latest?.id).toBe('b')
    expect(labChange(g)).toMatchObject({ kind: 'compared', delta: 0.3 })
    expect(latestLabs({ items: results, completeness: { state: 'shown', count: 3 }, warnings: [] }).map((l) => l.id)).toEqual(['b'])
    const series = trendSeries(results, await harmonize(measurementsOf(results, '2823-3'), '2823-3'))
    expect(series.rows.map((r) => r.state)).toEqual(['implausible', 'plotted', 'plotted'])
    expect(series.plotted.map((p) => p.lab.id)).toEqual(['a', 'b'])
    expect(rowNote(fmt, series.rows[0]!, series)).toBe('date looks wrong')
    expect(rowNote({ ...fmt, t: translate.bind(null, 'es') }, series.rows[0]!, series)).toBe('la fecha parece errónea')
  })
})
