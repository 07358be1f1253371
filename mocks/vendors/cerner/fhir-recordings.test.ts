// Contract tests for the Cerner behaviours that recorded Millennium responses showed (vendors.md §8),
// one `it` per behaviour, named after it. Other suites: fhir-search.test.ts, fhir-resources.test.ts.
import type { AllergyIntolerance, Bundle, MedicationRequest, Observation, Patient } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { recordedOddities } from '../../testing/recorded-oddities.ts'
import { PQ_TRANSLATION, lorraine, patient, resources, walter, useCernerSandbox } from './fhir-test-kit.ts'

const { token, ok, get, providerToken } = useCernerSandbox()
const sofia = () => patient('sofia')

async function observations(key: string, category: string): Promise<Observation[]> {
  const p = patient(key)
  return resources<Observation>(await ok<Bundle>(`Observation?patient=${p.ids.cerner}&category=${category}&_count=200`, token(p)))
}
const loincOf = (o: Observation) => o.code.coding?.find((c) => c.system === 'http://loinc.org')?.code
const medications = async () =>
  resources<MedicationRequest>(await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}`, token(lorraine())))
const allergies = async (key = 'lorraine') => {
  const p = patient(key)
  return resources<AllergyIntolerance>(await ok<Bundle>(`AllergyIntolerance?patient=${p.ids.cerner}`, token(p)))
}

describe('Cerner recordings (§8)', () => {
  it('labs carry no interpretation and reference ranges with high and type only', async () => {
    const labs = await observations('lorraine', 'laboratory')
    expect(labs.length).toBeGreaterThan(20)
    expect(labs.every((o) => o.interpretation === undefined)).toBe(true)
    const ranges = labs.flatMap((o) => o.referenceRange ?? [])
    expect(ranges.length).toBeGreaterThan(10)
    for (const r of ranges) expect(Object.keys(r).sort()).toEqual(['high', 'type'])
  })

  it('a lab above its high-only range arrives unflagged', async () => {
    const labs = await observations('lorraine', 'laboratory')
    const above = labs.filter((o) => {
      const high = o.referenceRange?.[0]?.high?.value
      return high !== undefined && (o.valueQuantity?.value ?? -Infinity) > high
    })
    expect(above.length).toBeGreaterThan(0)
    expect(above.every((o) => o.interpretation === undefined && o.referenceRange?.[0]?.low === undefined)).toBe(true)
  })

  it('vital-signs searches return growth percentiles and Z-scores, some without unit or LOINC', async () => {
    const vitals = await observations('sofia', 'vital-signs')
    const growth = vitals.filter((o) => /Percentile|Z-Score/.test(o.code.text ?? ''))
    expect(growth.length).toBeGreaterThan(vitals.length / 3)
    expect(growth.some((o) => o.valueQuantity?.unit === undefined)).toBe(true)
    expect(growth.some((o) => loincOf(o) === undefined)).toBe(true)
    expect(growth.some((o) => loincOf(o) === '59576-9')).toBe(true)
  })

  it('an observation carries several categories (vital-signs, procedure, therapy) and a unit "minutes" with no code', async () => {
    const vitals = await observations('sofia', 'vital-signs')
    const therapy = vitals.find((o) => (o.category?.length ?? 0) > 1)
    expect(therapy?.category?.map((c) => c.coding?.[0]?.code)).toEqual(['vital-signs', 'procedure', 'therapy'])
    expect(therapy?.valueQuantity).toMatchObject({ value: expect.any(Number), unit: 'minutes' })
    expect(therapy?.valueQuantity?.code).toBeUndefined()
    expect(therapy?.valueQuantity?.system).toBeUndefined()
    const byTherapy = await observations('sofia', 'therapy')
    expect(byTherapy.map((o) => o.id)).toContain(therapy?.id)
  })

  it('a component value can be a dataAbsentReason', async () => {
    const vitals = await observations('sofia', 'vital-signs')
    const partial = vitals.find((o) => o.component?.some((c) => c.dataAbsentReason))
    expect(partial?.component?.[0]?.valueQuantity?.value).toBeGreaterThan(0)
    expect(partial?.component?.[1]).toMatchObject({ dataAbsentReason: { coding: [{ code: 'unknown' }] } })
    expect(partial?.component?.[1]?.valueQuantity).toBeUndefined()
  })

  it('observations carry an encounter, most a performer and some a note', async () => {
    const all = [...(await observations('lorraine', 'laboratory')), ...(await observations('lorraine', 'vital-signs'))]
    const share = (f: (o: Observation) => unknown) => all.filter(f).length / all.length
    expect(share((o) => o.encounter?.reference?.startsWith('Encounter/'))).toBeGreaterThan(0.9)
    expect(share((o) => o.performer?.[0]?.reference?.startsWith('Practitioner/'))).toBeGreaterThan(0.6)
    const notes = share((o) => o.note?.[0]?.text)
    expect(notes).toBeGreaterThan(0.2)
    expect(notes).toBeLessThan(0.7)
  })

  it('PQ translations are broad: weight to g, lb, oz, mg, mcg, ng, cg, dg; height to in, ft, m, mm, dm', async () => {
    const vitals = await observations('lorraine', 'vital-signs')
    const units = (text: string) =>
      (vitals.find((o) => o.code.text === text)?.valueQuantity?.extension ?? [])
        .filter((e) => e.url === PQ_TRANSLATION)
        .map((e) => e.valueQuantity?.unit)
    expect(units('Measured Weight')).toEqual(['g', 'lb', 'oz', 'mg', 'mcg', 'ng', 'cg', 'dg'])
    expect(units('Measured Height')).toEqual(['in', 'ft', 'm', 'mm', 'dm'])
  })

  it('PQ translations on durations: a therapy time in minutes also carries seconds, hours, days and weeks', async () => {
    const vitals = await observations('sofia', 'vital-signs')
    const therapy = vitals.find((o) => o.valueQuantity?.unit === 'minutes')
    const minutes = therapy?.valueQuantity?.value ?? Number.NaN
    const translations = (therapy?.valueQuantity?.extension ?? []).filter((e) => e.url === PQ_TRANSLATION).map((e) => e.valueQuantity)
    expect(translations.map((q) => [q?.unit, q?.code])).toEqual([['sec', 's'], ['hr', 'h'], ['day', 'd'], ['wk', 'wk']])
    expect(translations.every((q) => q?.system === 'http://unitsofmeasure.org')).toBe(true)
    expect(translations[0]?.value).toBe(minutes * 60)
    expect(translations[1]?.value).toBeCloseTo(minutes / 60, 3)
  })

  it('every request carries pharmacy-verification-status and three NLL extensions, a validityPeriod and a courseOfTherapyType', async () => {
    for (const m of await medications()) {
      expect(m.extension?.map((e) => e.url)).toEqual([
        'https://fhir-ehr.cerner.com/r4/StructureDefinition/pharmacy-verification-status',
        'http://electronichealth.se/fhir/StructureDefinition/NLLPrescriptionFormat',
        'http://electronichealth.se/fhir/StructureDefinition/NLLRegistrationBasis',
      ])
      expect(m.dispenseRequest?.extension?.[0]?.url).toBe('http://electronichealth.se/fhir/StructureDefinition/NLLDosePackaging')
      expect(m.dispenseRequest?.validityPeriod?.start).toMatch(/Z$/)
      expect(m.courseOfTherapyType?.coding?.map((c) => c.code)).toHaveLength(2)
    }
  })

  it('a reported medication has a data-absent requester', async () => {
    const reported = (await medications()).filter((m) => m.reportedBoolean)
    expect(reported.length).toBeGreaterThan(0)
    for (const m of reported) {
      expect(m.requester?.reference).toBeUndefined()
      expect(m.requester?.extension?.[0]?.url).toBe('http://hl7.org/fhir/StructureDefinition/data-absent-reason')
    }
  })

  it('doseQuantity uses form codes such as {tbl}', async () => {
    const codes = (await medications()).flatMap((m) => m.dosageInstruction?.[0]?.doseAndRate?.map((d) => d.doseQuantity?.code) ?? [])
    expect(codes).toContain('{tbl}')
    expect(codes).not.toContain('{Tablet}')
  })

  it('doseQuantity uses the form code {Capsule} for a capsule', async () => {
    const mateo = patient('mateo')
    const meds = resources<MedicationRequest>(await ok<Bundle>(`MedicationRequest?patient=${mateo.ids.cerner}`, token(mateo)))
    const capsule = meds.find((m) => m.medicationCodeableConcept?.coding?.some((c) => c.code === '308191'))
    expect(capsule?.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity).toMatchObject({ value: 1, unit: 'cap', code: '{Capsule}' })
  })

  it('a held order has status on-hold', async () => {
    const held = (await medications()).filter((m) => m.status === 'on-hold')
    expect(held.map((m) => m.medicationCodeableConcept?.coding?.[0]?.code)).toEqual(['310488'])
  })

  it('a resolved allergy is clinicalStatus resolved with verification confirmed and text "Resolved"', async () => {
    const resolved = (await allergies()).find((a) => a.clinicalStatus?.coding?.[0]?.code === 'resolved')
    expect(resolved?.verificationStatus).toMatchObject({ coding: [{ code: 'confirmed' }], text: 'Resolved' })
  })

  it('criticality unable-to-assess is the default, with recorder on every row, notes, text-only substances and rows without category', async () => {
    const all = await allergies()
    const live = all.filter((a) => a.verificationStatus?.coding?.[0]?.code !== 'entered-in-error')
    expect(live.filter((a) => a.criticality === 'unable-to-assess').length).toBeGreaterThanOrEqual(2)
    expect(all.every((a) => a.recorder?.reference?.startsWith('Practitioner/'))).toBe(true)
    expect(all.some((a) => a.note?.[0]?.text)).toBe(true)
    expect(all.some((a) => a.code?.text && !a.code.coding)).toBe(true)
    expect(live.some((a) => a.category === undefined)).toBe(true)
  })

  it('the onset precision extension is https://fhir-ehr.cerner.com/r4/StructureDefinition/precision', async () => {
    const precise = (await allergies()).find((a) => (a as { _onsetDateTime?: unknown })._onsetDateTime)
    const ext = (precise as { _onsetDateTime?: { extension?: { url: string }[] } })._onsetDateTime?.extension?.[0]
    expect(ext?.url).toBe('https://fhir-ehr.cerner.com/r4/StructureDefinition/precision')
  })

  it('"No Known Medication Allergies" appears as text only, and in a list it can be entered-in-error', async () => {
    const nkma = (await allergies()).find((a) => a.code?.text === 'No Known Medication Allergies')
    expect(nkma?.code).toEqual({ text: 'No Known Medication Allergies' })
    expect(nkma?.verificationStatus?.coding?.[0]?.code).toBe('entered-in-error')
    expect(nkma?.clinicalStatus).toBeUndefined()
  })

  it('patients carry MRNs under 6.1000 or 7.7.7.7.7.7, the CMRN 3.787.0.0 and the "MIllennium Person Identifier" label', async () => {
    const systems = new Set<string | undefined>()
    for (const key of ['lorraine', 'walter', 'sofia', 'hana', 'mateo']) {
      const p = await ok<Patient>(`Patient/${patient(key).ids.cerner}`, token(patient(key)))
      for (const i of p.identifier ?? []) systems.add(i.system)
      expect(p.identifier?.some((i) => i.type?.text === 'MIllennium Person Identifier' && i.system === undefined)).toBe(true)
    }
    expect(systems).toEqual(
      new Set(['urn:oid:2.16.840.1.113883.6.1000', 'urn:oid:7.7.7.7.7.7', 'urn:oid:2.16.840.1.113883.3.787.0.0', undefined]),
    )
  })

  it('telecom rank is always a string, and several phones tie at rank "1" with temp numbers first', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    expect(p.telecom?.every((t) => typeof t.rank === 'string')).toBe(true)
    const phones = (p.telecom ?? []).filter((t) => t.system === 'phone')
    expect(phones.map((t) => [t.use, t.rank])).toEqual([['temp', '1'], ['temp', '1'], ['home', '1'], ['mobile', '1']])
  })

  it('communication-preference has communication-type, contact-method, contact-type, detailed and verified-datetime', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    const pref = p.extension?.find((e) => e.url === 'https://fhir-ehr.cerner.com/r4/StructureDefinition/communication-preference')
    expect(pref?.extension?.map((e) => e.url)).toEqual(['communication-type', 'contact-method', 'contact-type', 'detailed', 'verified-datetime'])
  })

  it('name suffixes are in name.suffix', async () => {
    const p = await ok<Patient>(`Patient/${walter().ids.cerner}`, token(walter()))
    const official = p.name?.find((n) => n.use === 'official')
    expect(official?.suffix).toEqual(['SR.'])
    expect(official?.family).toBe('Lindqvist')
  })

  it('dozens of contact entries on one patient', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    expect(p.contact?.length).toBeGreaterThanOrEqual(24)
    expect(new Set(p.contact?.map((c) => c.id)).size).toBe(p.contact?.length)
  })

  it('most contacts have ended: a past period.end', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    const ended = (p.contact ?? []).filter((c) => c.period?.end && Date.parse(c.period.end) < Date.parse('2026-11-01'))
    expect(ended.length).toBeGreaterThan((p.contact?.length ?? 0) / 2)
    expect(p.contact?.some((c) => !c.period?.end)).toBe(true)
  })

  it('the patient portal allowlist answers 403 "Forbidden resource" for a type it blocks', async () => {
    const res = await get(`Account?patient=${lorraine().ids.cerner}`, token(lorraine()))
    expect(res.status).toBe(403)
    const oo = (await res.json()) as { issue: { details?: { text?: string } }[] }
    expect(oo.issue[0]?.details?.text).toBe('Forbidden resource')
    // The provider base has no portal allowlist: an unserved type is the usual 404.
    const provider = await get(`Account?patient=${lorraine().ids.cerner}`, providerToken(), 'application/fhir+json', 'cerner-provider')
    expect(provider.status).toBe(404)
  })

  it('the allowlist applies whatever scope was granted: a token with scope for a blocked type still gets 403', async () => {
    for (const type of ['Account', 'Communication']) {
      const scoped = token(lorraine(), { scope: `patient/${type}.read patient/${type}.rs patient/Patient.read` })
      const res = await get(`${type}?patient=${lorraine().ids.cerner}`, scoped)
      expect(res.status).toBe(403)
      const oo = (await res.json()) as { issue: { details?: { text?: string } }[] }
      expect(oo.issue[0]?.details?.text).toBe('Forbidden resource')
    }
    // The same token still reads what the portal allows.
    const scoped = token(lorraine(), { scope: 'patient/Account.read patient/Patient.read' })
    expect((await get(`Patient/${lorraine().ids.cerner}`, scoped)).status).toBe(200)
  })

  it('growth measures come only from vital-signs searches, never from laboratory', async () => {
    const labs = await observations('sofia', 'laboratory')
    expect(labs.every((o) => o.category?.[0]?.coding?.[0]?.code === 'laboratory')).toBe(true)
    expect(labs.some((o) => /Percentile|Z-Score/.test(o.code.text ?? ''))).toBe(false)
    expect(sofia().measures?.().length).toBeGreaterThan(20)
  })
})

describe('Cerner: recorded oddities are served as given (§8.4)', () => {
  recordedOddities((category) => observations('mateo', category))
})
