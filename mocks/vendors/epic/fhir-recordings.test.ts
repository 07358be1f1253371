// Contract tests for the Epic behaviours that recorded responses showed (vendors.md §8), one `it` per
// behaviour, named after it. Other suites: fhir-search.test.ts (incl. 401 body, charset, XML default),
// fhir-resources.test.ts; auth behaviours in auth.test.ts.
import type { AllergyIntolerance, MedicationRequest, Observation, OperationOutcome, Patient } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { recordedOddities } from '../../testing/recorded-oddities.ts'
import { lorraine, matches, outcomeCodes, patient, useEpicSandbox, walter } from './fhir-test-kit.ts'

const { token, get, bundle } = useEpicSandbox()
const EXT = 'http://open.epic.com/FHIR/StructureDefinition/extension'

const observations = async (category: string) =>
  matches(await bundle(`Observation?patient=${lorraine().ids.epic}&category=${category}`, token(lorraine()))).map(
    (e) => e.resource as Observation,
  )
const medications = async () =>
  matches(await bundle(`MedicationRequest?patient=${lorraine().ids.epic}`, token(lorraine()))).map((e) => e.resource as MedicationRequest)

describe('Epic recordings (§8)', () => {
  it('every search carries a 59204 or 59205 suppressed warning, empty or not', async () => {
    const hana = patient('hana')
    const searches = [
      [`Observation?category=laboratory&patient=${lorraine().ids.epic}`, lorraine()],
      [`Observation?category=social-history&patient=${hana.ids.epic}`, hana],
      [`MedicationRequest?patient=${lorraine().ids.epic}`, lorraine()],
      [`AllergyIntolerance?patient=${walter().ids.epic}`, walter()],
      [`Patient?_id=${lorraine().ids.epic}`, lorraine()],
    ] as const
    for (const [path, who] of searches) {
      const b = await bundle(path, token(who))
      const oo = b.entry?.at(-1)?.resource as OperationOutcome
      const suppressed = oo.issue.filter((i) => i.code === 'suppressed')
      expect(suppressed.map((i) => i.details?.coding?.[0]?.code), path).toEqual([path.startsWith('Patient') ? '59205' : '59204'])
      expect(suppressed[0]?.diagnostics).toMatch(/^Client not authorized for \w+ - [\w ]+\. /)
    }
    const empty = await bundle(`Observation?category=social-history&patient=${hana.ids.epic}`, token(hana))
    expect(matches(empty)).toHaveLength(0)
    expect(outcomeCodes(empty.entry?.[0])).toEqual(['59204', '4101', '4119'])
    expect((empty.entry?.[0]?.resource as OperationOutcome).issue[0]?.diagnostics).toContain('Observation - Outside Record Results')
  })

  it('the 59205 variant of the suppressed warning names SmartData Elements on searches without clinical sub-types', async () => {
    const b = await bundle(`Patient?_id=${lorraine().ids.epic}`, token(lorraine()))
    const oo = b.entry?.at(-1)?.resource as OperationOutcome
    const suppressed = oo.issue.filter((i) => i.code === 'suppressed')
    expect(suppressed.map((i) => i.details?.coding?.[0]?.code)).toEqual(['59205'])
    expect(suppressed[0]).toMatchObject({ severity: 'warning', diagnostics: expect.stringContaining('Client not authorized for Patient - SmartData Elements.') })
    // The clinical lists keep 59204.
    const labs = await bundle(`Observation?category=laboratory&patient=${lorraine().ids.epic}`, token(lorraine()))
    expect(outcomeCodes(labs.entry?.at(-1))).toContain('59204')
    expect(outcomeCodes(labs.entry?.at(-1))).not.toContain('59205')
  })

  it('Patient?unknown=x is a 400 with 59100 "Unknown parameter" and fatal business-rule 59159', async () => {
    const res = await get('Patient?unknown=x', token(lorraine()))
    expect(res.status).toBe(400)
    const oo = (await res.json()) as OperationOutcome
    expect(oo.issue.map((i) => [i.severity, i.code, i.details?.coding?.[0]?.code])).toEqual([
      ['information', 'informational', '59100'],
      ['fatal', 'business-rule', '59159'],
    ])
    expect(oo.issue[0]?.diagnostics).toBe('Unknown parameter: UNKNOWN. Parameter has been ignored.')
    expect(oo.issue[1]?.diagnostics).toBe('This resource requires demographics or _id parameter for searching.')
    expect(oo.issue[1]?.location).toEqual(['/f:demographics/_id'])
  })

  it('unknown parameters on Observation add a 59100 issue to the outcome entry', async () => {
    const b = await bundle(`Observation?category=laboratory&patient=${lorraine().ids.epic}&colour=blue`, token(lorraine()))
    expect(matches(b).length).toBe(lorraine().labs().length)
    expect(outcomeCodes(b.entry?.at(-1))).toContain('59100')
  })

  it('self links normalise parameter order: category before patient', async () => {
    const b = await bundle(`Observation?patient=${lorraine().ids.epic}&category=laboratory&_count=5`, token(lorraine()))
    const self = new URL(b.link?.find((l) => l.relation === 'self')?.url ?? '')
    expect([...self.searchParams.keys()]).toEqual(['category', 'patient', '_count'])
  })

  it('observations carry encounter and performer; labs also specimen and basedOn', async () => {
    const labs = await observations('laboratory')
    const vitals = await observations('vital-signs')
    for (const o of [...labs, ...vitals]) {
      expect(o.encounter?.reference).toMatch(/^Encounter\//)
      expect(o.performer?.[0]?.reference).toMatch(/^Practitioner\//)
    }
    for (const o of labs) {
      expect(o.specimen?.reference).toMatch(/^Specimen\//)
      expect(o.basedOn?.[0]?.reference).toMatch(/^ServiceRequest\//)
    }
  })

  it('every observation carries a template-id extension', async () => {
    const all = [...(await observations('laboratory')), ...(await observations('vital-signs'))]
    expect(all.every((o) => o.extension?.some((e) => e.url === `${EXT}/template-id` && e.valueString))).toBe(true)
  })

  it('every Celsius temperature carries a temperature-in-fahrenheit extension', async () => {
    const temps = (await observations('vital-signs')).filter((o) => o.valueQuantity?.code === 'Cel')
    expect(temps.length).toBeGreaterThan(0)
    for (const t of temps) {
      const f = t.extension?.find((e) => e.url === `${EXT}/temperature-in-fahrenheit`)?.valueQuantity
      expect(f?.code).toBe('[degF]')
      expect(f?.value).toBeCloseTo(((t.valueQuantity?.value ?? 0) * 9) / 5 + 32, 0)
    }
  })

  it('heart rate lists the Epic codes, then LOINC 8716-3 "Vital signs" before 8867-4', async () => {
    const hr = (await observations('vital-signs')).filter((o) => o.code.coding?.some((c) => c.code === '8867-4'))
    expect(hr.length).toBeGreaterThan(0)
    for (const o of hr) {
      const loinc = (o.code.coding ?? []).filter((c) => c.system === 'http://loinc.org').map((c) => c.code)
      expect(loinc).toEqual(['8716-3', '8867-4'])
      expect(o.code.coding?.[0]?.system).toMatch(/^urn:oid:1\.2\.840\.114350/)
    }
  })

  it('medication requests carry courseOfTherapyType, encounter, method "Take", a SNOMED route and timing.repeat.count', async () => {
    const meds = await medications()
    expect(meds.every((m) => m.courseOfTherapyType?.coding?.[0]?.code && m.encounter?.reference)).toBe(true)
    const oral = meds.find((m) => m.dosageInstruction?.[0]?.route?.text === 'Oral')
    expect(oral?.dosageInstruction?.[0]?.method?.coding?.[0]).toMatchObject({ system: 'http://snomed.info/sct', display: 'Take' })
    expect(oral?.dosageInstruction?.[0]?.route?.coding?.map((c) => c.system)).toContain('http://snomed.info/sct')
    expect(meds.some((m) => (m.dosageInstruction?.[0]?.timing?.repeat?.count ?? 0) > 0)).toBe(true)
  })

  it('doseAndRate is typed calculated / admin-amount / ordered with mg, {tbl}, mg', async () => {
    const lisinopril = (await medications()).find((m) => m.medicationReference?.display?.startsWith('lisinopril'))
    const doses = lisinopril?.dosageInstruction?.[0]?.doseAndRate?.map((d) => [d.type?.coding?.[0]?.code, d.doseQuantity?.code])
    expect(doses).toEqual([['calculated', 'mg'], ['admin-amount', '{tbl}'], ['ordered', 'mg']])
  })

  it('a held order has status on-hold', async () => {
    expect((await medications()).filter((m) => m.status === 'on-hold')).toHaveLength(1)
  })

  it('allergens carry many codings (SNOMED, NDF-RT, RxNorm, UNII) with SNOMED before the RxNorm', async () => {
    const b = await bundle(`AllergyIntolerance?patient=${lorraine().ids.epic}`, token(lorraine()))
    const all = matches(b).map((e) => e.resource as AllergyIntolerance)
    const penicillin = all.find((a) => a.code?.text === 'PENICILLINS')
    const systems = penicillin?.code?.coding?.map((c) => c.system) ?? []
    expect(new Set(systems)).toEqual(
      new Set(['http://snomed.info/sct', 'urn:oid:2.16.840.1.113883.3.26.1.5', 'http://www.nlm.nih.gov/research/umls/rxnorm', 'urn:oid:2.16.840.1.113883.4.9']),
    )
    expect(systems.indexOf('http://snomed.info/sct')).toBeLessThan(systems.indexOf('http://www.nlm.nih.gov/research/umls/rxnorm'))
  })

  it('coding lists run up to about 40 entries on one allergen, in several systems, with no duplicates', async () => {
    const b = await bundle(`AllergyIntolerance?patient=${lorraine().ids.epic}`, token(lorraine()))
    const penicillin = matches(b).map((e) => e.resource as AllergyIntolerance).find((a) => a.code?.text === 'PENICILLINS')
    const coding = penicillin?.code?.coding ?? []
    expect(coding.length).toBeGreaterThanOrEqual(35)
    expect(coding.length).toBeLessThanOrEqual(45)
    const perSystem = new Map<string, number>()
    for (const c of coding) perSystem.set(c.system ?? '', (perSystem.get(c.system ?? '') ?? 0) + 1)
    for (const n of perSystem.values()) expect(n).toBeGreaterThan(5)
    expect(new Set(coding.map((c) => `${c.system}|${c.code}`)).size).toBe(coding.length)
  })

  it('food allergens are categorised medication', async () => {
    const b = await bundle(`AllergyIntolerance?patient=${lorraine().ids.epic}`, token(lorraine()))
    const peanut = matches(b).map((e) => e.resource as AllergyIntolerance).find((a) => a.code?.text === 'PEANUT')
    expect(peanut?.category).toEqual(['medication'])
    expect(peanut?.code?.coding?.some((c) => c.system === 'urn:oid:2.16.840.1.113883.4.9')).toBe(true)
  })

  it('Patient: EXTERNAL identifier with type.coding, WPRINTERNAL, race ombCategory, text-only maritalStatus, proficiency, no contact', async () => {
    const res = await get(`Patient/${lorraine().ids.epic}`, token(lorraine()))
    const p = (await res.json()) as Patient
    expect(p.identifier?.find((i) => i.type?.text === 'EXTERNAL')?.type?.coding?.[0]?.code).toBe('EXTERNAL')
    expect(p.identifier?.some((i) => i.type?.text === 'WPRINTERNAL')).toBe(true)
    const race = p.extension?.find((e) => e.url.endsWith('us-core-race'))
    expect(race?.extension?.some((e) => e.url === 'ombCategory' && e.valueCoding)).toBe(true)
    expect(p.maritalStatus).toEqual({ text: expect.any(String) })
    expect(p.communication?.[0]?.extension?.[0]?.url).toBe('http://hl7.org/fhir/StructureDefinition/patient-proficiency')
    expect(p.contact).toBeUndefined()
  })
})

describe('Epic: recorded oddities are served as given (§8.4)', () => {
  recordedOddities(async (category) => {
    const mateo = patient('mateo')
    return matches(await bundle(`Observation?patient=${mateo.ids.epic}&category=${category}&_count=200`, token(mateo))).map((e) => e.resource as Observation)
  })
})
