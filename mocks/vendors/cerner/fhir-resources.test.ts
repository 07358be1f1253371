// Contract tests for the Cerner (Millennium) FHIR personality, over real HTTP: each `it` pins one
// recorded Cerner behaviour that the app's Cerner adapter depends on.
// This file: resource shapes (Patient, Observation units, MedicationRequest/Medication, AllergyIntolerance,
// meta/narrative). Search, paging, access and error rules are in fhir-search.test.ts; setup in fhir-test-kit.ts.
import type { AllergyIntolerance, Bundle, FhirResource, MedicationRequest, Observation, Patient, Quantity } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { CERNER_TENANT } from './config.ts'
import { PQ_TRANSLATION, link, lorraine, patient, resources, walter, useCernerSandbox } from './fhir-test-kit.ts'

const { token, ok } = useCernerSandbox()

describe('Cerner FHIR R4 personality', () => {
  it('no request contains a Medication: IV mixtures too are medicationCodeableConcept, authoredOn in UTC', async () => {
    const b = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}`, token(lorraine()))
    const meds = resources<MedicationRequest>(b)
    expect(meds.length).toBe(lorraine().medications.length)
    for (const m of meds) {
      expect(m.contained).toBeUndefined()
      expect(m.medicationReference).toBeUndefined()
      const systems = m.medicationCodeableConcept?.coding?.map((c) => c.system)
      expect(systems).toEqual(['http://www.nlm.nih.gov/research/umls/rxnorm', `https://fhir.cerner.com/${CERNER_TENANT}/synonym`])
      expect(m.authoredOn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      expect(m.subject.display).toBeTruthy()
    }
    expect(meds.some((m) => m.medicationCodeableConcept?.text?.includes('sodium chloride'))).toBe(true)
  })

  it('home (patient-reported) meds are intent plan, reportedBoolean, community + patientspecified', async () => {
    const b = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}`, token(lorraine()))
    const meds = resources<MedicationRequest>(b)
    const home = meds.filter((m) => m.reportedBoolean)
    expect(home.length).toBe(lorraine().medications.filter((m) => m.reported).length)
    for (const m of home) {
      expect(m.intent).toBe('plan')
      expect(m.category?.map((c) => c.coding?.[0]?.code)).toEqual(['community', 'patientspecified'])
    }
    expect(meds.filter((m) => !m.reportedBoolean).every((m) => m.intent === 'order')).toBe(true)
    const plans = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}&intent=plan`, token(lorraine()))
    expect(resources(plans)).toHaveLength(home.length)
  })

  it('no known allergies are text only (no SNOMED coding); not asked is an empty Bundle', async () => {
    const code = async (key: string) => {
      const p = patient(key)
      const b = await ok<Bundle>(`AllergyIntolerance?patient=${p.ids.cerner}`, token(p))
      return resources<AllergyIntolerance>(b).map((a) => a.code)
    }
    expect(await code('mateo')).toEqual([{ text: 'No Known Allergies' }])
    expect(await code('hana')).toEqual([{ text: 'No Known Medication Allergies' }])
    const empty = await ok<Bundle>(`AllergyIntolerance?patient=${walter().ids.cerner}`, token(walter()))
    expect(empty.entry).toBeUndefined()
    expect(empty.link?.map((l) => l.relation)).toEqual(['self'])
  })

  it('verificationStatus.text contradicts its coding; entered-in-error has no clinicalStatus but keeps its substance', async () => {
    const b = await ok<Bundle>(`AllergyIntolerance?patient=${lorraine().ids.cerner}&_count=1`, token(lorraine()))
    const all = resources<AllergyIntolerance>(b)
    const record = lorraine().allergies
    expect(all).toHaveLength(record.kind === 'list' ? record.items.length : 0)
    expect(link(b, 'next')).toBeUndefined()
    const pairs = all.map((a) => [a.verificationStatus?.coding?.[0]?.code, a.verificationStatus?.text])
    expect(pairs).toEqual(expect.arrayContaining([['confirmed', 'Active'], ['unconfirmed', 'Proposed'], ['entered-in-error', 'Canceled']]))
    const eie = all.find((a) => a.verificationStatus?.coding?.[0]?.code === 'entered-in-error')
    expect(eie?.clinicalStatus).toBeUndefined()
    expect(eie?.code?.coding?.[0]).toMatchObject({ system: 'http://snomed.info/sct', code: '387406002' })
    expect(all.some((a) => a.category === undefined && a !== eie)).toBe(true)
    expect(all.some((a) => (a as { _onsetDateTime?: unknown })._onsetDateTime)).toBe(true)
  })

  it('valueQuantity.unit is a display string differing from the UCUM code; temperature/weight carry PQ translations', async () => {
    const tok = token(lorraine())
    const units = new Map<string, Quantity>()
    for (const category of ['vital-signs', 'laboratory']) {
      const b = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&category=${category}&_count=200`, tok)
      for (const o of resources<Observation>(b)) {
        for (const q of [o.valueQuantity, ...(o.component ?? []).map((c) => c.valueQuantity)]) {
          if (q?.unit && q.code) units.set(`${q.unit}→${q.code}`, q)
        }
      }
    }
    for (const pair of ['bpm→/min', 'mmHg→mm[Hg]', 'degC→Cel', 'mcmol/L→umol/L', 'K/uL→10*3/uL']) expect(units.has(pair)).toBe(true)
    expect([...units.values()].every((q) => q.system === 'http://unitsofmeasure.org')).toBe(true)
    const translations = (pair: string) =>
      (units.get(pair)?.extension ?? []).filter((e) => e.url === PQ_TRANSLATION).map((e) => e.valueQuantity?.code)
    expect(translations('degC→Cel')).toContain('[degF]')
    expect(translations('kg→kg')).toContain('[lb_av]')
  })

  it('every resource has meta.versionId, meta.lastUpdated and a generated XHTML narrative', async () => {
    const tok = token(lorraine())
    const id = lorraine().ids.cerner
    const found: FhirResource[] = [await ok<Patient>(`Patient/${id}`, tok)]
    for (const q of [`Observation?patient=${id}&_count=200`, `MedicationRequest?patient=${id}`, `AllergyIntolerance?patient=${id}`]) {
      found.push(...resources(await ok<Bundle>(q, tok)))
    }
    expect(new Set(found.map((r) => r.resourceType)).size).toBe(4)
    for (const r of found) {
      const dr = r as Patient
      expect(dr.meta?.versionId, `${r.resourceType}/${r.id}`).toBeTruthy()
      expect(dr.meta?.lastUpdated).toBeTruthy()
      expect(dr.text?.status).toBe('generated')
      expect(dr.text?.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">.*<\/div>$/)
    }
  })

  it('Patient has Cerner shape: birthsex, CI- ids, old name, string rank, an identifier without system', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    expect(p.extension?.map((e) => e.url)).toEqual(
      expect.arrayContaining([
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-sex',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity',
        'https://fhir-ehr.cerner.com/r4/StructureDefinition/communication-preference',
      ]),
    )
    expect(p.identifier?.every((i) => i.type?.coding?.[0]?.system === `https://fhir.cerner.com/${CERNER_TENANT}/codeSet/4`)).toBe(true)
    expect(p.identifier?.some((i) => i.value === lorraine().mrn && i.type?.coding?.some((c) => c.code === 'MR'))).toBe(true)
    expect(p.identifier?.filter((i) => i.system === undefined)).toHaveLength(1)
    expect(p.name?.map((n) => n.use)).toEqual(['official', 'old'])
    expect(p.name?.every((n) => n.id?.startsWith('CI-') && n.period?.start)).toBe(true)
    expect(p.telecom?.some((t) => (t.rank as unknown) === '1')).toBe(true)
  })
})
