import { describe, expect, it } from 'vitest'
import { jsonPaths, pathsByType } from './fidelity-paths.ts'

describe('fidelity paths', () => {
  it('collapses array positions and lists leaves only', () => {
    const obs = { resourceType: 'Observation', code: { coding: [{ system: 'a', code: '1' }, { system: 'b', display: 'x' }] }, note: [] }
    expect([...jsonPaths(obs)].sort()).toEqual(['code.coding[].code', 'code.coding[].display', 'code.coding[].system', 'note[]', 'resourceType'])
  })

  it('groups by resource type and merges the paths of every resource of that type', () => {
    const out = pathsByType([
      { resourceType: 'Patient', id: '1' },
      { resourceType: 'Patient', name: [{ family: 'X' }] },
      { resourceType: 'AllergyIntolerance', id: '2' },
      { id: 'no type' },
    ])
    expect(out).toEqual({ AllergyIntolerance: ['id', 'resourceType'], Patient: ['id', 'name[].family', 'resourceType'] })
  })
})
