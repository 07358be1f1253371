// @vitest-environment node
// The normalize report as a mapping spec: it must never say a part of the input was dropped while
// a model field reads it, checked over every emulator record of both servers.
import { describe, expect, it } from 'vitest'
import { collectResources, normalizeCollected, type ReportEntry } from './normalize-report.ts'
import { covers, nestedDrops, valueAt } from './report-paths.ts'
import { provenanceOf } from './provenance.ts'
import { RULES } from './rules.ts'
import { allergiesOf, labsOf, medicationsOf, patientOf, type PatientKey, VENDORS, vitalsOf } from './test-fixtures.ts'

const PATIENTS: PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']

async function chartOf(vendor: (typeof VENDORS)[number], who: PatientKey): Promise<unknown[]> {
  const meds = await medicationsOf(vendor, who)
  return [
    await patientOf(vendor, who),
    ...(await labsOf(vendor, who)),
    // Two pages of vitals: the 5,000-reading record repeats its shapes after that (see observation.test.ts).
    ...(await vitalsOf(vendor, who, 2)),
    ...meds.requests,
    ...meds.medications,
    ...(await allergiesOf(vendor, who)).resources,
  ]
}

describe('report paths', () => {
  it('reads values at provenance paths, with [] for every element and references to other resources', () => {
    const r = { code: { coding: [{ code: 'a' }, { code: 'b' }] }, dosage: [{ text: 'x' }, { text: 'y' }] }
    expect(valueAt(r, 'code.coding[1].code')).toBe('b')
    expect(valueAt(r, 'dosage[].text')).toEqual(['x', 'y'])
    const med = { resourceType: 'Medication', id: 'a.b', code: { text: 'aspirin' } }
    expect(valueAt(r, 'Medication/a.b.code.text', (ref) => (ref === 'Medication/a.b' ? med : undefined))).toBe('aspirin')
    expect(valueAt(r, 'code.coding[7].code')).toBeUndefined()
  })

  it('treats a path as covering itself and what is below it, never a sibling that shares a prefix', () => {
    expect(covers('component[1]', 'component[1].valueQuantity')).toBe(true)
    expect(covers('component[1]', 'component[10]')).toBe(false)
    expect(covers('dosageInstruction[].text', 'dosageInstruction[0].text')).toBe(true)
    expect(covers('code.coding', 'code')).toBe(false)
  })

  it('lists siblings of what a field read, one level below the top and deeper', () => {
    const r = {
      resourceType: 'Observation',
      code: { coding: [{ system: 'local', code: '1' }, { system: 'http://loinc.org', code: '2-0' }], text: 'Thing' },
      valueQuantity: { value: 1, unit: 'mg', extension: [{ url: 'x' }] },
    }
    const prov = provenanceOf(r)
    prov.from('code', 'code.coding[1]')
    prov.from('value', 'valueQuantity.value')
    prov.from('unit', 'valueQuantity.unit')
    expect(nestedDrops(r, prov.build())).toEqual([
      { path: 'code.coding[0]', reason: 'another coding was chosen' },
      { path: 'code.text', reason: 'concept text not used; a coding was' },
      { path: 'valueQuantity.extension', reason: 'extension not used' },
    ])
  })
})

describe('normalize report over the emulator records', () => {
  it('never lists as dropped a path that a field reads, and every model value has a source', async () => {
    const contradictions: string[] = []
    const unsourced = new Set<string>()
    const types = new Set<string>()
    for (const vendor of VENDORS) {
      for (const who of PATIENTS) {
        const out = normalizeCollected(collectResources({ resourceType: 'Bundle', entry: (await chartOf(vendor, who)).map((resource) => ({ resource })) }))
        out.report.forEach((entry: ReportEntry, i) => {
          types.add(entry.ref.split('/')[0] ?? '')
          for (const d of entry.dropped) {
            for (const f of entry.fields) if (covers(d.path, f.from)) contradictions.push(`${vendor} ${entry.ref}: ${d.path} dropped, ${f.field} reads ${f.from}`)
          }
          const model = out.models[i]?.model as unknown as Record<string, unknown>
          for (const [key, value] of Object.entries(model)) {
            const empty = value === undefined || value === false || (Array.isArray(value) && value.length === 0)
            if (key === 'id' || key === 'provenance' || empty) continue
            if (!entry.fields.some((f) => f.field === key)) unsourced.add(`${entry.model}.${key}`)
          }
        })
      }
    }
    expect([...types].sort()).toEqual(['AllergyIntolerance', 'MedicationRequest', 'Observation', 'Patient'])
    expect(contradictions).toEqual([])
    expect([...unsourced]).toEqual([])
  }, 60_000)

  it('describes every rule it names and shows the raw source beside the model value', async () => {
    const out = normalizeCollected(collectResources({ resourceType: 'Bundle', entry: (await chartOf('epic', 'lorraine')).map((resource) => ({ resource })) }))
    const fields = out.report.flatMap((e) => e.fields)
    for (const r of fields.flatMap((f) => f.rules)) expect(r.description).toBe(RULES[r.id as keyof typeof RULES])
    const status = fields.find((f) => f.field === 'status')
    expect(status).toMatchObject({ from: 'status', source: expect.any(String), value: expect.any(String) })
    expect(fields.filter((f) => f.rules.length > 0 && f.source !== undefined).length).toBeGreaterThan(0)
  }, 30_000)
})
