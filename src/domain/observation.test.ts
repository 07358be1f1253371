// @vitest-environment node
import type { Observation } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { isAbnormal } from './interpretation.ts'
import { type LabResult, toLabResult, toVitalSign, type VitalSign } from './observation.ts'
import { labsOf, type VendorName, VENDORS, vitalsOf } from './test-fixtures.ts'

const labs = async (vendor: VendorName) => (await labsOf(vendor, 'lorraine')).map((o) => toLabResult(o)).filter((l): l is LabResult => l !== null)
const vitals = async (vendor: VendorName) => (await vitalsOf(vendor, 'lorraine')).map((o) => toVitalSign(o)).filter((v): v is VitalSign => v !== null)

async function lab(vendor: VendorName, loinc: string, effective: string): Promise<LabResult> {
  const found = (await labs(vendor)).find((l) => l.loinc === loinc && l.effective === effective)
  if (!found) throw new Error(`${vendor}: no ${loinc} at ${effective}`)
  return found
}

const labCases = [
  {
    name: 'critical potassium', loinc: '2823-3', at: '2026-05-19T13:45:00.000Z',
    expected: { status: 'final', interpretation: 'HH', value: { kind: 'quantity', value: 6.4, unit: 'mmol/L' }, referenceRange: { low: 3.5, high: 5.1, unit: 'mmol/L' } },
    // Oracle Health sends no flag and a high-only range: the app computes "H", never "HH".
    cerner: { status: 'final', derivedFlag: { flag: 'H', rule: 'flag.derived-high-only' }, value: { kind: 'quantity', value: 6.4, unit: 'mmol/L' }, referenceRange: { high: 5.1, unit: 'mmol/L' } },
  },
  {
    name: 'creatinine in SI units, printed mcmol/L', loinc: '2160-0', at: '2025-07-08T04:15:00.000Z',
    expected: { interpretation: 'H', value: { kind: 'quantity', value: 110, unit: 'umol/L', unitDisplay: 'mcmol/L' }, referenceRange: { low: 50, high: 98, unit: 'umol/L' } },
    cerner: { derivedFlag: { flag: 'H' }, value: { kind: 'quantity', value: 110, unit: 'umol/L', unitDisplay: 'mcmol/L' }, referenceRange: { high: 98, unit: 'umol/L' } },
  },
  {
    name: 'leukocytes printed K/uL', loinc: '6690-2', at: '2025-07-08T04:15:00.000Z',
    expected: { interpretation: 'H', value: { kind: 'quantity', value: 12.9, unit: '10*3/uL', unitDisplay: 'K/uL' } },
    cerner: { derivedFlag: { flag: 'H' }, value: { kind: 'quantity', value: 12.9, unit: '10*3/uL', unitDisplay: 'K/uL' } },
  },
  {
    name: 'TSH printed mIU/L', loinc: '3016-3', at: '2025-11-18T14:35:00.000Z',
    expected: { interpretation: 'H', value: { kind: 'quantity', value: 5.2, unit: 'm[IU]/L' } },
    cerner: { derivedFlag: { flag: 'H' }, value: { kind: 'quantity', value: 5.2, unit: 'm[IU]/L' } },
  },
  {
    name: 'eGFR with a text-only range', loinc: '62238-1', at: '2025-07-08T04:15:00.000Z',
    expected: { interpretation: 'L', value: { kind: 'quantity', value: 50, unit: 'mL/min/{1.73_m2}' }, referenceRange: { text: expect.stringMatching(/^>60/) } },
    // No high limit, so Oracle Health sends no range at all: nothing to compute from.
    cerner: { value: { kind: 'quantity', value: 50, unit: 'mL/min/{1.73_m2}' } },
  },
  {
    name: 'urine color as text, abnormal', loinc: '5778-6', at: '2025-07-08T04:15:00.000Z',
    expected: { interpretation: 'A', value: { kind: 'text', text: 'Dark yellow' }, referenceRange: { text: 'Yellow' } },
    cerner: { value: { kind: 'text', text: 'Dark yellow' } },
  },
  {
    name: 'specific gravity without a unit', loinc: '5811-5', at: '2025-07-08T04:15:00.000Z',
    expected: { value: { kind: 'quantity', value: 1.032 }, referenceRange: { low: 1.005, high: 1.03 } },
    cerner: { value: { kind: 'quantity', value: 1.032 }, referenceRange: { high: 1.03 }, derivedFlag: { flag: 'H' } },
  },
  { name: 'corrected glucose', loinc: '2345-7', at: '2025-11-18T14:35:00.000Z', expected: { status: 'corrected', value: { value: 97, unit: 'mg/dL' } } },
  { name: 'preliminary TSH', loinc: '3016-3', at: '2026-09-15T14:25:00.000Z', expected: { status: 'preliminary' } },
  { name: 'retracted sodium', loinc: '2951-2', at: '2025-07-08T04:16:00.000Z', expected: { status: 'entered-in-error' } },
  {
    name: 'HbA1c with range text', loinc: '4548-4', at: '2024-11-12T14:05:00.000Z',
    expected: { interpretation: 'H', value: { value: 7.8, unit: '%' }, referenceRange: { text: expect.stringMatching(/^<5\.7/) } },
    cerner: { value: { value: 7.8, unit: '%' } },
  },
] as Array<{ name: string; loinc: string; at: string; expected: object; cerner?: object }>

describe('toLabResult', () => {
  it.each(VENDORS.flatMap((vendor) => labCases.map((c) => ({ vendor, ...c }))))('$vendor: $name', async (c) => {
    const result = await lab(c.vendor, c.loinc, c.at)
    expect(result).toMatchObject({ loinc: c.loinc, categories: ['laboratory'], ...(c.vendor === 'cerner' ? (c.cerner ?? c.expected) : c.expected) })
    if (c.vendor === 'cerner') expect(result.interpretation).toBeUndefined()
  })

  it.each(VENDORS)('%s: an in-range LDL carries no flag ("(NONE)" or nothing)', async (vendor) => {
    expect((await lab(vendor, '13457-7', '2026-09-15T14:25:00.000Z')).interpretation).toBeUndefined()
  })

  it.each(VENDORS)('%s: every lab maps, none is lost', async (vendor) => {
    const raw = await labsOf(vendor, 'lorraine')
    expect(raw.map((o) => toLabResult(o)).filter((l) => l === null)).toHaveLength(0)
    expect(raw).toHaveLength(84)
  })

  it('Lorraine\'s labs mean the same in both vendors', async () => {
    const facts = async (vendor: VendorName) =>
      new Map(
        (await labs(vendor)).map((l) => [
          `${l.loinc}@${l.effective}`,
          // A retracted result may be masked by one vendor and kept by the other: only its status counts.
          l.status === 'entered-in-error'
            ? { status: l.status }
            : {
                status: l.status,
                value: l.value.kind === 'quantity' ? [l.value.value, l.value.unit] : l.value,
                high: l.referenceRange?.high,
              },
        ]),
      )
    expect(await facts('cerner')).toEqual(await facts('epic'))
  })

  it('a Cerner flag computed by the app never contradicts the Epic flag for the same result', async () => {
    const epic = new Map((await labs('epic')).map((l) => [`${l.loinc}@${l.effective}`, l]))
    const derived = (await labs('cerner')).filter((l) => l.derivedFlag)
    expect(derived.length).toBeGreaterThan(5)
    for (const l of derived) {
      const e = epic.get(`${l.loinc}@${l.effective}`)
      expect(isAbnormal(e?.interpretation), `${l.loinc}@${l.effective}`).toBe(true)
      expect(e?.interpretation?.[0]).toBe(l.derivedFlag?.flag)
      expect(l.provenance.fields.derivedFlag?.rules[0]).toMatch(/^flag\.derived-/)
    }
  })

  it.each(VENDORS)('%s: status "entered-in-error " is trimmed where sent padded', async (vendor) => {
    const result = await lab(vendor, '2951-2', '2025-07-08T04:16:00.000Z')
    const raw = (await labsOf(vendor, 'lorraine')).find((o) => o.id === result.id)
    const padded = raw?.status !== raw?.status.trim()
    expect(result.provenance.fields.status?.rules.includes('status.trimmed')).toBe(padded)
  })
})

const visit = '2024-11-12T15:10:00.000Z'
const vitalCases = [
  { kind: 'blood-pressure', expected: { loinc: '85354-9', systolic: { value: 152, unit: 'mm[Hg]' }, diastolic: { value: 94, unit: 'mm[Hg]' } } },
  { kind: 'heart-rate', expected: { loinc: '8867-4', value: { kind: 'quantity', value: 82, unit: '/min' } } },
  { kind: 'temperature', expected: { loinc: '8310-5', value: { kind: 'quantity', value: 36.8, unit: 'Cel' } } },
  { kind: 'weight', expected: { loinc: '29463-7', value: { kind: 'quantity', value: 84.6, unit: 'kg' } } },
  { kind: 'height', expected: { loinc: '8302-2', value: { kind: 'quantity', value: 165.1, unit: 'cm' } } },
  { kind: 'bmi', expected: { loinc: '39156-5', value: { kind: 'quantity', unit: 'kg/m2' } } },
  { kind: 'spo2', expected: { loinc: '59408-5', value: { kind: 'quantity', unit: '%' } } },
  { kind: 'resp-rate', expected: { loinc: '9279-1', value: { kind: 'quantity', unit: '/min' } } },
]

describe('toVitalSign', () => {
  it.each(VENDORS.flatMap((vendor) => vitalCases.map((c) => ({ vendor, ...c }))))('$vendor: $kind', async (c) => {
    const found = (await vitals(c.vendor)).find((v) => v.kind === c.kind && v.effective === visit)
    expect(found).toMatchObject({ kind: c.kind, status: 'final', categories: ['vital-signs'], ...c.expected })
  })

  it('Lorraine\'s vitals mean the same in both vendors', async () => {
    const facts = async (vendor: VendorName) =>
      new Map(
        (await vitals(vendor)).map((v) => [
          `${v.kind}@${v.effective}`,
          v.kind === 'blood-pressure' ? [v.systolic?.value, v.diastolic?.value, v.systolic?.unit] : v.value.kind === 'quantity' ? [v.value.value, v.value.unit] : v.value,
        ]),
      )
    const epic = await facts('epic')
    expect(epic.size).toBe(70)
    expect(await facts('cerner')).toEqual(epic)
  })

  it.each(VENDORS)('%s: every vital in the first pages of a 5,000-reading record is recognised', async (vendor) => {
    const raw = await vitalsOf(vendor, 'walter', 2)
    expect(raw.length).toBeGreaterThan(100)
    expect(raw.map((o) => toVitalSign(o)).filter((v) => v === null)).toHaveLength(0)
  })

  it.each(VENDORS)('%s: PQ translations are exposed as alternates, metric stays primary', async (vendor) => {
    const weight = (await vitals(vendor)).find((v) => v.kind === 'weight' && v.effective === visit)
    if (weight?.kind !== 'weight' || weight.value.kind !== 'quantity') throw new Error('no weight')
    expect(weight.value.unit).toBe('kg')
    for (const alt of weight.value.alternates) expect(['g', '[lb_av]', '[oz_av]', 'mg', 'ug', 'ng', 'cg', 'dg']).toContain(alt.unit)
  })

  it('recognises a vital whose LOINC only sits under another system', async () => {
    const pulse = (await vitalsOf('epic', 'lorraine')).find((o) => o.code.text === 'Pulse')
    if (!pulse) throw new Error('no pulse')
    const stripped: Observation = { ...pulse, code: { ...pulse.code, coding: pulse.code.coding?.filter((c) => c.system !== 'http://loinc.org') } }
    const v = toVitalSign(stripped)
    expect(v).toMatchObject({ kind: 'heart-rate', loinc: '8867-4' })
    expect(v?.provenance.fields.loinc?.rules).toContain('vital.loinc-in-any-system')
  })

  it('returns null with a warning for an observation that is not a vital sign', async () => {
    const [glucose] = await labsOf('epic', 'lorraine')
    const warnings: Array<{ ref: string; message: string }> = []
    expect(toVitalSign(glucose as Observation, warnings)).toBeNull()
    expect(warnings).toHaveLength(1)
  })
})

describe('effective time', () => {
  it.each(VENDORS)('%s: effectivePeriod.start, effectiveInstant, then issued', async (vendor) => {
    const [first] = await labsOf(vendor, 'lorraine')
    if (!first) throw new Error('no labs')
    const { effectiveDateTime: _drop, ...rest } = first
    const period = toLabResult({ ...rest, effectivePeriod: { start: '2024-01-02T03:04:05-05:00' } })
    expect(period?.effective).toBe('2024-01-02T08:04:05.000Z')
    expect(period?.provenance.fields.effective?.rules).toEqual(['effective.period-start', 'datetime.to-utc'])
    const instant = toLabResult({ ...rest, effectiveInstant: '2024-01-02T03:04:05Z' })
    expect(instant?.provenance.fields.effective?.rules).toEqual(['effective.instant'])
    const issued = toLabResult(rest)
    expect(issued?.effective).toBe(issued?.issued)
    expect(issued?.provenance.fields.effective?.rules).toEqual(['effective.issued-fallback'])
  })
})

describe('performer', () => {
  const base: Observation = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }] } }

  it('is the name of the first performer that has one, with its path in provenance', () => {
    const lab = toLabResult({ ...base, performer: [{ reference: 'Practitioner/1' }, { reference: 'Practitioner/2', display: ' Dana Whitfield, RN ' }] })
    expect(lab?.performer).toBe('Dana Whitfield, RN')
    expect(lab?.provenance.fields.performer).toEqual({ path: 'performer[1].display', rules: [] })
  })

  it('is absent when no performer is named', () => {
    const lab = toLabResult({ ...base, performer: [{ reference: 'Practitioner/1' }] })
    expect(lab?.performer).toBeUndefined()
    expect(lab?.provenance.dropped.map((d) => d.path)).toContain('performer')
  })
})
