// @vitest-environment node
import type { MedicationRequest } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { datePart } from './datetime.ts'
import { isActiveMedication, type MedicationItem, toMedication } from './medication.ts'
import { medicationsOf, type PatientKey, type VendorName, VENDORS } from './test-fixtures.ts'

const today = new Date('2026-11-25T12:00:00Z')

async function items(vendor: VendorName, key: PatientKey = 'lorraine'): Promise<MedicationItem[]> {
  const { requests, lookup } = await medicationsOf(vendor, key)
  return requests.map((r) => toMedication(r, lookup)).filter((m): m is MedicationItem => m !== null)
}

const byName = (list: MedicationItem[], name: string) => {
  const hit = list.find((m) => m.name?.toLowerCase().startsWith(name))
  if (!hit) throw new Error(`no ${name}`)
  return hit
}

const cases = [
  { name: 'lisinopril', rxnorm: '314076', status: 'active', reported: false, start: '2024-11-12', end: undefined, asNeeded: false, active: true, prescribed: true },
  { name: 'metformin', rxnorm: '861007', status: 'active', reported: false, start: '2024-11-12', end: undefined, asNeeded: false, active: true, prescribed: true },
  { name: 'atorvastatin', rxnorm: '617310', status: 'active', reported: false, start: '2025-02-18', end: undefined, asNeeded: false, active: true, prescribed: true },
  { name: 'amlodipine', rxnorm: '197361', status: 'stopped', reported: false, start: '2024-11-12', end: '2025-05-20', asNeeded: false, active: false, prescribed: true },
  { name: 'azithromycin', rxnorm: '308460', status: 'completed', reported: false, start: '2026-01-13', end: '2026-01-17', asNeeded: false, active: false, prescribed: true },
  { name: 'ibuprofen', rxnorm: '310965', status: 'active', reported: true, start: '2025-06-01', end: undefined, asNeeded: true, active: true, prescribed: false },
]

describe('toMedication', () => {
  it.each(VENDORS.flatMap((vendor) => cases.map((c) => ({ vendor, ...c }))))('$vendor: $name', async (c) => {
    const m = byName(await items(c.vendor), c.name)
    expect(m).toMatchObject({ rxnorm: c.rxnorm, status: c.status, reported: c.reported, asNeeded: c.asNeeded })
    expect(datePart(m.start)).toBe(c.start)
    expect(datePart(m.end)).toBe(c.end)
    expect(isActiveMedication(m, today)).toBe(c.active)
    expect(m.prescriber !== undefined).toBe(c.prescribed)
    expect(m.dosageText).toBeTruthy()
    expect(m.provenance.fields.name?.rules.some((r) => r.startsWith('medication.'))).toBe(true)
  })

  it.each(VENDORS)('%s: a stopped order without an end date is not active', async (vendor) => {
    const sertraline = byName(await items(vendor, 'hana'), 'sertraline')
    expect(sertraline).toMatchObject({ status: 'stopped' })
    expect(sertraline.end).toBeUndefined()
    expect(isActiveMedication(sertraline, today)).toBe(false)
  })

  it.each(['stopped', 'completed', 'cancelled', 'on-hold', 'entered-in-error', 'draft', 'unknown'] as const)(
    'status %s is never active, whatever the dates say',
    async (status) => {
      const lisinopril = byName(await items('epic'), 'lisinopril')
      expect(isActiveMedication({ ...lisinopril, status, end: undefined }, today)).toBe(false)
      expect(isActiveMedication({ ...lisinopril, status, end: '2099-01-01' }, today)).toBe(false)
    },
  )

  it.each(VENDORS)('%s: the compound IV order keeps both ingredients (Epic) or names them (Cerner)', async (vendor) => {
    const m = byName(await items(vendor), 'potassium chloride')
    // Oracle Health codes IV mixtures like any order (no contained Medication): the name carries both.
    if (vendor === 'cerner') expect(m.name).toMatch(/potassium chloride .* sodium chloride/)
    else expect(m.ingredients.map((i) => i.rxnorm)).toEqual(['8591', '9863'])
    expect(['referenced', 'codeable-concept']).toContain(m.source)
    expect(m).toMatchObject({ status: 'completed', route: expect.stringMatching(/^(IV|Intravenous)$/) })
  })

  it.each(VENDORS.flatMap((vendor) => (['lorraine', 'mateo', 'sofia', 'walter', 'hana'] as const).map((key) => ({ vendor, key }))))(
    '$vendor $key: the list matches the chart (names, RxNorm, status)',
    async ({ vendor, key }) => {
      const facts = patientByKey(key)?.medications ?? []
      const got = await items(vendor, key)
      expect(got).toHaveLength(facts.length)
      for (const f of facts) {
        const m = got.find((x) => x.name?.toLowerCase() === f.name.toLowerCase())
        expect(m?.status).toBe(f.status)
        // Compounds have no product-level RxNorm when contained; their ingredients carry it.
        if (m?.rxnorm !== undefined) expect(m.rxnorm).toBe(f.rxnorm)
        else expect(m?.ingredients.length).toBeGreaterThan(1)
      }
    },
  )

  it('falls back to the reference display when the Medication cannot be resolved', async () => {
    const { requests } = await medicationsOf('epic', 'lorraine')
    const m = toMedication(requests[0] as MedicationRequest, () => undefined)
    expect(m?.source).toBe('reference-display')
    expect(m?.name).toBe('lisinopril 10 MG Oral Tablet')
    expect(m?.rxnorm).toBeUndefined()
    expect(m?.provenance.dropped.some((d) => d.path === 'medicationReference.reference')).toBe(true)
  })

  it('resolves an absolute Medication reference through the lookup', async () => {
    const { requests, lookup } = await medicationsOf('epic', 'lorraine')
    const req = requests[0] as MedicationRequest
    const ref = req.medicationReference?.reference ?? ''
    const m = toMedication({ ...req, medicationReference: { reference: `https://ehr.example/fhir/${ref}` } }, lookup)
    expect(m).toMatchObject({ source: 'referenced', rxnorm: '314076' })
  })

  it('infers "reported" from intent plan + patientspecified when no flag is sent', async () => {
    const { requests, lookup } = await medicationsOf('cerner', 'lorraine')
    const home = requests.find((r) => r.intent === 'plan')
    if (!home) throw new Error('no home medication')
    const { reportedBoolean: _dropped, ...rest } = home
    const m = toMedication(rest, lookup)
    expect(m?.reported).toBe(true)
    expect(m?.provenance.fields.reported?.rules).toEqual(['medication.reported-from-plan'])
  })

  it('a data-absent medication has no name and says why', () => {
    const warnings: Array<{ ref: string; message: string }> = []
    const m = toMedication(
      {
        resourceType: 'MedicationRequest', id: 'x', status: 'entered-in-error ' as never, intent: 'order', subject: {},
        medicationCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error' }], text: 'Error' },
      },
      () => undefined,
      warnings,
    )
    expect(m).toMatchObject({ status: 'entered-in-error' })
    expect(m?.name).toBeUndefined()
    expect(m?.provenance.fields.status?.rules).toEqual(['status.trimmed'])
    expect(warnings.map((w) => w.message)).toEqual(['medication has no name'])
  })
})

describe('isActiveMedication', () => {
  const order = (status: string, end?: string): MedicationRequest =>
    ({
      resourceType: 'MedicationRequest', id: 'm', status, intent: 'order', subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'drug' },
      ...(end && { dispenseRequest: { validityPeriod: { start: '2026-01-01', end } } }),
    }) as MedicationRequest
  const active = (status: string, end?: string) => {
    const m = toMedication(order(status, end), () => undefined)
    if (!m) throw new Error('not mapped')
    return isActiveMedication(m, today)
  }

  it.each(['stopped', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'draft', 'unknown', 'paused'])(
    'a %s order with no end date is not active',
    (status) => expect(active(status)).toBe(false),
  )

  it('an active order is active until the end of its last day', () => {
    expect(active('active')).toBe(true)
    expect(active('active', '2026-11-25')).toBe(true)
    expect(active('active', '2026-11-24')).toBe(false)
    expect(active('active', '2027-01-01')).toBe(true)
  })
})

describe('sig trailers and structured doses', () => {
  const TRAILER = ', Starting Tue 5/28/2019, Normal'
  const parser = (text: string) => (text.endsWith(TRAILER) ? { text: text.slice(0, -TRAILER.length), start: '2019-05-28' } : text === ', Historical Med' ? { text: '', reported: true } : undefined)
  const request = (dosage: Record<string, unknown>, extra: Record<string, unknown> = {}): MedicationRequest =>
    ({ resourceType: 'MedicationRequest', id: 'm1', status: 'active', intent: 'order', subject: { reference: 'Patient/p' }, medicationCodeableConcept: { text: 'drug' }, dosageInstruction: [dosage], ...extra }) as MedicationRequest
  const map = (req: MedicationRequest) => toMedication(req, () => undefined, undefined, { sigTrailer: parser })!

  it('cuts the trailer from the text and takes its start date when the request has none, saying so', () => {
    const m = map(request({ text: 'Take 1 tablet daily., Starting Tue 5/28/2019, Normal' }))
    expect(m.dosageText).toBe('Take 1 tablet daily.')
    expect(m.start).toBe('2019-05-28')
    expect(m.provenance.fields.dosageText?.rules).toContain('medication.sig-trailer')
    expect(m.provenance.fields.start).toEqual({ path: 'dosageInstruction[].text', rules: ['medication.sig-trailer'] })
    expect(m.reported).toBe(false)
    expect(m.end).toBeUndefined()
  })

  it('takes the trailer’s end date and the reported mark, with their provenance', () => {
    const parse = () => ({ text: 'Take daily.', end: '2025-01-01', reported: true })
    const m = toMedication(request({ text: 'Take daily., whatever' }), () => undefined, undefined, { sigTrailer: parse })!
    expect(m).toMatchObject({ end: '2025-01-01', reported: true })
    expect(m.provenance.fields.end).toEqual({ path: 'dosageInstruction[].text', rules: ['medication.sig-trailer'] })
    expect(m.provenance.fields.reported).toEqual({ path: 'dosageInstruction[].text', rules: ['medication.sig-trailer'] })
  })

  it('keeps a structured start over the trailer’s', () => {
    const m = map(request({ text: 'Take 1 tablet daily., Starting Tue 5/28/2019, Normal', timing: { repeat: { boundsPeriod: { start: '2020-01-02' } } } }))
    expect(m.start).toBe('2020-01-02')
  })

  it('a trailer-only sig leaves no text and marks the medication reported, from that text (so it is not dropped)', () => {
    const m = map(request({ text: ', Historical Med' }))
    expect(m.dosageText).toBeUndefined()
    expect(m.reported).toBe(true)
    expect(m.provenance.fields.reported).toEqual({ path: 'dosageInstruction[].text', rules: ['medication.sig-trailer'] })
    expect(m.provenance.dropped.some((d) => d.path === 'dosageInstruction[].text')).toBe(false)
  })

  it('without a parser the text is kept as sent', () => {
    const m = toMedication(request({ text: 'Take 1 tablet daily., Starting Tue 5/28/2019, Normal' }), () => undefined)!
    expect(m.dosageText).toBe('Take 1 tablet daily., Starting Tue 5/28/2019, Normal')
    expect(m.provenance.fields.dosageText).toEqual({ path: 'dosageInstruction[].text', rules: [] })
    expect(m.provenance.dropped.some((d) => d.path.startsWith('dosageInstruction'))).toBe(false)
  })

  it('reads the first dose quantity when none is typed, and a structured or text timing', () => {
    const m = map(request({ doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }, { doseQuantity: { value: 500, unit: 'mg' } }], timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } } }))
    expect(m.dose).toEqual({ value: 2, unit: 'tablet' })
    expect(m.timing).toEqual({ frequency: 3, period: 1, periodUnit: 'd' })
    expect(map(request({ timing: { code: { text: 'Every evening' } } })).timing).toEqual({ text: 'Every evening' })
    expect(map(request({ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'fortnight' } } })).timing).toBeUndefined()
    expect(map(request({ timing: { repeat: { period: 1, periodUnit: 'd' } } })).timing).toBeUndefined()
    expect(map(request({ timing: { repeat: { frequency: 2, periodUnit: 'd' } } })).timing).toBeUndefined()
  })

  it('of several typed doses, takes the one typed "ordered" wherever it is; without one, the first that has a number', () => {
    const typed = (code: string, value: unknown, unit: string) => ({
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/dose-rate-type', code }] },
      doseQuantity: { value, unit },
    })
    // Epic's order: a weight-based calculated dose, the amount given, then the dose as ordered.
    const m = map(request({ doseAndRate: [typed('calculated', 975, 'mg'), typed('admin-amount', 2, '{tbl}'), typed('ordered', 1000, 'mg')] }))
    expect(m.dose).toEqual({ value: 1000, unit: 'mg' })
    expect(m.provenance.fields.dose?.path).toBe('dosageInstruction[0].doseAndRate[2].doseQuantity')
    expect(map(request({ doseAndRate: [typed('calculated', 975, 'mg'), typed('ordered', 'n/a', 'mg')] })).dose).toEqual({ value: 975, unit: 'mg' })
    expect(map(request({ doseAndRate: [{ rateQuantity: { value: 5 } }, typed('calculated', 975, 'mg')] })).dose).toEqual({ value: 975, unit: 'mg' })
  })

  it('a dose type is "ordered" when any of its codings says so, beside a vendor’s own code', () => {
    const ordered = {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/dose-rate-type', code: 'ordered' }, { system: 'urn:oid:1.2.840.114350.1.13.0.1.7.4.698084.30', code: '3' }] },
      doseQuantity: { value: 1000, unit: 'mg' },
    }
    const calculated = { type: { coding: [{ code: 'calculated' }] }, doseQuantity: { value: 975, unit: 'mg' } }
    expect(map(request({ doseAndRate: [calculated, ordered] })).dose).toEqual({ value: 1000, unit: 'mg' })
  })

  it('a dose needs a numeric value; its unit falls back to the UCUM code and is trimmed', () => {
    expect(map(request({ doseAndRate: [{ doseQuantity: { value: '2', unit: 'tablet' } }] })).dose).toBeUndefined()
    expect(map(request({ doseAndRate: [{ doseQuantity: { value: 5, code: ' mg ' } }] })).dose).toEqual({ value: 5, unit: 'mg' })
    expect(map(request({ doseAndRate: [{ doseQuantity: { value: 5, unit: ' mL ', code: 'mL' } }] })).dose).toEqual({ value: 5, unit: 'mL' })
    expect(map(request({ doseAndRate: [{ doseQuantity: { value: 5 } }] })).dose).toEqual({ value: 5 })
  })

  it('records where the dosage fields came from, and nothing for fields that are absent', () => {
    const m = map(request({ text: ' Take 2 ', patientInstruction: ' with food ', route: { text: 'Oral' }, doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }], timing: { code: { text: 'BID' } }, asNeededBoolean: true }))
    expect(m).toMatchObject({ dosageText: 'Take 2', patientInstruction: 'with food', route: 'Oral', asNeeded: true })
    const paths = Object.fromEntries(Object.entries(m.provenance.fields).map(([k, f]) => [k, f.path]))
    expect(paths).toMatchObject({
      dosageText: 'dosageInstruction[].text',
      patientInstruction: 'dosageInstruction[0].patientInstruction',
      route: 'dosageInstruction[0].route',
      dose: 'dosageInstruction[0].doseAndRate[0].doseQuantity',
      timing: 'dosageInstruction[0].timing',
      asNeeded: 'dosageInstruction[0].asNeededBoolean',
    })
    const bare = map(request({}))
    expect(Object.keys(bare.provenance.fields).filter((k) => ['dosageText', 'patientInstruction', 'route', 'dose', 'timing', 'asNeeded'].includes(k))).toEqual([])
    expect(bare).not.toHaveProperty('patientInstruction')
    expect(bare).not.toHaveProperty('dose')
  })
})
