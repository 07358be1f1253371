import { describe, expect, it } from 'vitest'
import { buildScope } from './scopes.ts'

const EPIC_CAPS = ['launch-ehr', 'launch-standalone', 'permission-offline', 'permission-v1', 'permission-v2']
const CERNER_CAPS = ['launch-ehr', 'permission-offline', 'permission-online', 'permission-v1', 'permission-v2']
const V1_ONLY = ['launch-ehr', 'permission-v1']

describe('buildScope', () => {
  it.each([
    ['v2 server, EHR launch', 'ehr', EPIC_CAPS, false, ['launch', 'openid', 'fhirUser', 'patient/Observation.rs'], ['launch/patient', 'offline_access', 'online_access']],
    ['v2 server, standalone', 'standalone', EPIC_CAPS, false, ['launch/patient', 'patient/AllergyIntolerance.rs'], ['launch', 'offline_access']],
    ['v1-only server', 'ehr', V1_ONLY, false, ['patient/Observation.read', 'patient/Patient.read'], ['patient/Observation.rs']],
    ['online access advertised', 'standalone', CERNER_CAPS, false, ['online_access'], ['offline_access']],
    ['offline configured and advertised', 'standalone', CERNER_CAPS, true, ['offline_access'], ['online_access']],
    ['offline configured but not advertised', 'standalone', V1_ONLY, true, [], ['offline_access', 'online_access']],
    ['no capabilities at all', 'standalone', [], false, ['patient/Patient.read', 'launch/patient'], ['online_access']],
  ] as const)('%s', (_name, kind, capabilities, offline, present, absent) => {
    const scopes = buildScope({ kind, capabilities: [...capabilities], offline }).split(' ')
    for (const s of present) expect(scopes).toContain(s)
    for (const s of absent) expect(scopes).not.toContain(s)
  })

  it('lists launch explicitly for EHR launches (fhirclient only appends it when no scope mentions "launch")', () => {
    expect(buildScope({ kind: 'ehr', capabilities: EPIC_CAPS, offline: false }).split(' ')[0]).toBe('launch')
  })
})
