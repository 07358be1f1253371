// Contract tests for the Epic FHIR personality, over real HTTP: each `it` pins one recorded
// Epic behaviour that the app's Epic adapter depends on.
// This file: resource shapes (Patient, lab and BP Observations, MedicationRequest/Medication, AllergyIntolerance).
// Search, paging, access and error rules are in fhir-search.test.ts; shared setup is in fhir-test-kit.ts.
import type { AllergyIntolerance, MedicationRequest, Observation, Patient } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { MRN_SYSTEM, lorraine, matches, patient, useEpicSandbox } from './fhir-test-kit.ts'

const { token, get, bundle } = useEpicSandbox()

describe('Epic FHIR R4 personality', () => {
  it('MedicationRequest uses medicationReference and the Medication is readable', async () => {
    const tok = token(lorraine())
    const b = await bundle(`MedicationRequest?patient=${lorraine().ids.epic}`, tok)
    const reqs = matches(b).map((e) => e.resource as MedicationRequest)
    expect(reqs.length).toBe(lorraine().medications.length)
    for (const r of reqs) {
      expect(r.medicationCodeableConcept).toBeUndefined()
      expect(r.medicationReference?.reference).toMatch(/^Medication\/[A-Za-z0-9.-]+$/)
      expect(r.authoredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const res = await get(reqs[0]?.medicationReference?.reference ?? '', tok)
    expect(res.status).toBe(200)
    expect(res.headers.get('e-tag')).toMatch(/^\d+$/)
    expect(((await res.json()) as { resourceType: string }).resourceType).toBe('Medication')
  })

  it.each(['walter', 'mateo'])('Not-on-File placeholder allergy for %s (not asked / none known)', async (key) => {
    const p = patient(key)
    const b = await bundle(`AllergyIntolerance?patient=${p.ids.epic}`, token(p))
    expect(matches(b)).toHaveLength(1)
    const a = matches(b)[0]?.resource as AllergyIntolerance
    expect(a.code?.coding?.[0]?.code).toBe('1631000175102')
    expect(a.code?.text).toBe('Not on File')
    expect(a.verificationStatus?.coding?.[0]?.code).toBe('unconfirmed')
  })

  it('Patient read has Epic shape: no meta/text, EPI MRN, no us-core-birthsex, CRLF address', async () => {
    const p = lorraine()
    const res = await get(`Patient/${p.ids.epic}`, token(p))
    const body = (await res.json()) as Patient
    expect(body.meta).toBeUndefined()
    expect(body.text).toBeUndefined()
    expect(body.extension?.some((e) => e.url.endsWith('us-core-birthsex'))).toBe(false)
    expect(body.identifier?.find((i) => i.type?.text === 'EPI')).toMatchObject({ system: MRN_SYSTEM, value: p.mrn })
    expect(body.name?.map((n) => n.use)).toEqual(['official', 'usual'])
    expect(body.address?.[0]?.text).toContain('\r\n')
  })

  it('labs: two categories, LOINC + Epic local code, UCUM/non-UCUM/unitless values, "(NONE)" for normal', async () => {
    const b = await bundle(`Observation?category=laboratory&patient=${lorraine().ids.epic}`, token(lorraine()))
    const labs = matches(b).map((e) => e.resource as Observation)
    for (const o of labs) {
      expect(o.category?.map((c) => c.coding?.[0]?.code)).toEqual(['laboratory', 'Lab'])
      expect(o.code.coding?.map((c) => c.system)).toEqual(['http://loinc.org', 'urn:oid:1.2.840.114350.1.13.0.1.7.2.768282'])
      expect(o.dataAbsentReason).toBeUndefined()
    }
    const quantities = labs.flatMap((o) => (o.valueQuantity ? [o.valueQuantity] : []))
    expect(quantities.some((q) => q.system && q.unit === q.code)).toBe(true)
    expect(quantities.some((q) => q.unit && !q.system)).toBe(true)
    expect(quantities.some((q) => q.unit === undefined)).toBe(true)
    expect(labs.some((o) => o.interpretation?.[0]?.text === '(NONE)')).toBe(true)
  })

  it('BP vitals: 55284-4 first specific LOINC after the 8716-3 panel, 8480-6/8462-4 components, no top-level value, interpretation A', async () => {
    const b = await bundle(`Observation?code=55284-4&patient=${lorraine().ids.epic}&_count=5`, token(lorraine()))
    const bp = matches(b)[0]?.resource as Observation
    const loinc = bp.code.coding?.filter((c) => c.system === 'http://loinc.org').map((c) => c.code)
    expect(loinc?.slice(0, 2)).toEqual(['8716-3', '55284-4'])
    expect(bp.component?.map((c) => c.code.coding?.[0]?.code)).toEqual(['8480-6', '8462-4'])
    expect(bp.component?.[0]?.valueQuantity).toMatchObject({ unit: 'mm[Hg]', code: 'mm[Hg]' })
    expect(bp.valueQuantity).toBeUndefined()
    expect(bp.interpretation?.[0]?.coding?.[0]?.code).toBe('A')
    expect(bp.subject?.reference).toBe(`Patient/${lorraine().ids.epic}`)
  })
})
