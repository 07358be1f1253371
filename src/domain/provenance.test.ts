// Provenance is assembled only when read (the drawer, the CLI report), long after mapping. What it
// says must still be what the mapper saw, whatever happens to the raw resource in between.
import type { Observation } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { toVitalSign } from './observation.ts'

const reading = (): Observation => ({
  resourceType: 'Observation',
  id: 'hr-1',
  meta: { versionId: '3', lastUpdated: '2026-01-02T03:04:05Z' },
  status: 'final',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] },
  effectiveDateTime: '2026-01-02T03:00:00Z',
  valueQuantity: { value: 71, unit: 'beats/min', system: 'http://unitsofmeasure.org', code: '/min' },
  method: { text: 'after a walk' },
})

describe('provenance read after mapping', () => {
  it('describes the resource as it was mapped, even if the raw JSON changed since', () => {
    const expected = toVitalSign(reading())?.provenance
    const raw = reading()
    const model = toVitalSign(raw)
    raw.meta = { versionId: '4' }
    raw.id = 'other'
    delete raw.method
    Object.assign(raw, { extra: true })
    expect(model?.provenance).toEqual(expected)
    expect(model?.provenance).toMatchObject({
      id: 'hr-1',
      versionId: '3',
      dropped: [{ path: 'method', reason: 'not used by the model' }],
      fields: { value: { path: 'valueQuantity', rules: ['unit.ucum-code-over-display'] } },
    })
  })

  it('is part of the model as plain data: the same on every read and kept by JSON', () => {
    const model = toVitalSign(reading())
    expect(model?.provenance).toBe(model?.provenance)
    expect(JSON.parse(JSON.stringify(model)).provenance).toEqual(model?.provenance)
    expect(Object.keys(model ?? {})).toContain('provenance')
  })
})
