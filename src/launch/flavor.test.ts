import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClientIds } from './deploy-config.ts'
import { expandDirectoryIndex } from './directory-index.ts'
import { endpointForSystem, endpointFromAddress, withCapabilityFlavor } from './endpoints.ts'
import { mockFetch } from '../fhir/testing/fetch-mock.ts'
import { decideFlavor, fetchCapabilityFlavor, flavorFromCapability, flavorFromUrl } from './flavor.ts'

const ids: ClientIds = { epic: 'epic-id', oraclePatient: 'oracle-patient-id', oracleProvider: 'oracle-provider-id', other: 'other-id' }
const shipped = (id: string) => expandDirectoryIndex(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'directories', `${id}.json`), 'utf8')))

describe('flavor of every shipped directory entry', () => {
  it.each([
    ['epic-r4', 481, { flavor: 'epic', clientId: 'epic-id', launch: ['ehr', 'standalone'] }],
    ['oracle-patient-r4', 1359, { flavor: 'cerner', clientId: 'oracle-patient-id', launch: ['standalone'] }],
    ['oracle-provider-r4', 1451, { flavor: 'cerner', clientId: 'oracle-provider-id', launch: ['ehr'] }],
  ] as const)('%s: all %i entries, from the directory and from the URL alone', (id, count, expected) => {
    const systems = shipped(id)
    expect(systems).toHaveLength(count)
    for (const s of systems) {
      expect(endpointForSystem(s, 0, { clientIds: ids })).toMatchObject(expected)
      // Without the directory (an EHR launch from a base configured by hand) the URL decides the same.
      expect(endpointFromAddress('x', s.name, s.endpoints[0].address, ids)).toMatchObject(expected)
    }
  })
})

describe('flavor rules', () => {
  it('reads Oracle hosts for persona and Epic Interconnect paths in any letter case', () => {
    expect(flavorFromUrl('https://fhir-ehr-code.cerner.com/r4/abc')).toMatchObject({ flavor: 'cerner', persona: 'provider' })
    expect(flavorFromUrl('https://fhir-myrecord.cerner.com/r4/abc')).toMatchObject({ flavor: 'cerner', persona: 'patient' })
    expect(flavorFromUrl('https://mychart.example.org/FHIRProxy/api/fhir/r4')).toMatchObject({ flavor: 'epic' })
    expect(flavorFromUrl('https://hapi.example.org/fhir')).toBeUndefined()
    expect(flavorFromUrl('https://evil.test/cerner.com/r4/x')).toBeUndefined()
  })

  it('an unknown server gets the generic adapter and the "other" client id', () => {
    expect(endpointFromAddress('x', 'HAPI', 'https://hapi.example.org/fhir', ids)).toMatchObject({ flavor: 'generic', clientId: 'other-id', flavorBy: 'none' })
  })

  it('a server only its CapabilityStatement identifies as Epic gets the Epic adapter and client id', () => {
    const unknown = endpointFromAddress('x', 'Clinic', 'https://fhir.clinic.example/r4', ids)
    expect(withCapabilityFlavor(unknown, 'epic')).toMatchObject({ flavor: 'epic', clientId: 'epic-id', flavorBy: 'capability' })
    expect(withCapabilityFlavor(unknown, undefined)).toMatchObject({ flavor: 'generic', clientId: 'other-id' })
    // What the directory or URL decided is not overridden.
    const oracle = endpointFromAddress('y', 'Tenant', 'https://fhir-myrecord.cerner.com/r4/t', ids)
    expect(withCapabilityFlavor(oracle, 'epic')).toBe(oracle)
  })

  it('reads software.name from a CapabilityStatement', () => {
    expect(flavorFromCapability({ software: { name: 'Epic November 2025' } })).toBe('epic')
    expect(flavorFromCapability({ software: { name: 'HAPI FHIR Server' } })).toBeUndefined()
    expect(flavorFromCapability({})).toBeUndefined()
  })
})

describe('flavor rules, edges', () => {
  it('Oracle hosts with a region suffix, the open endpoint, other Cerner hosts, Epic\'s own hosts and paths', () => {
    expect(flavorFromUrl('https://fhir-ehr-us-2.cerner.com/r4/t')).toEqual({ flavor: 'cerner', persona: 'provider', by: 'url' })
    expect(flavorFromUrl('https://fhir-open.cerner.com/r4/t')).toEqual({ flavor: 'cerner', persona: 'patient', by: 'url' })
    expect(flavorFromUrl('https://authorization.cerner.com/tenants/t')).toEqual({ flavor: 'cerner', by: 'url' })
    expect(flavorFromUrl('https://fhir.epic.com/whatever')).toEqual({ flavor: 'epic', persona: 'both', by: 'url' })
    expect(flavorFromUrl('https://host.example.org/interconnect-fhir-oauth/oauth2')).toEqual({ flavor: 'epic', persona: 'both', by: 'url' })
    expect(flavorFromUrl('https://host.example.org/api/FHIR/R4/')).toEqual({ flavor: 'epic', persona: 'both', by: 'url' })
    expect(flavorFromUrl('https://host.example.org/api/FHIR/R4/Patient')).toBeUndefined()
    expect(flavorFromUrl('https://fhir-ehr.cerner.com.evil.test/r4/t')).toBeUndefined()
    expect(flavorFromUrl('https://xfhir-ehr.cerner.com/r4/t')).toEqual({ flavor: 'cerner', by: 'url' })
    expect(flavorFromUrl('not a url')).toBeUndefined()
  })

  it('a vendor directory decides; a generic one leaves it to the URL', () => {
    expect(decideFlavor('https://fhir.x.org/r4', { vendor: 'cerner', persona: 'provider' })).toEqual({ flavor: 'cerner', persona: 'provider', by: 'directory' })
    expect(decideFlavor('https://x.org/api/FHIR/R4', { vendor: 'generic', persona: 'both' })).toEqual({ flavor: 'epic', persona: 'both', by: 'url' })
    expect(decideFlavor('https://fhir.x.org/r4', { vendor: 'generic', persona: 'both' })).toEqual({ flavor: 'generic', by: 'none' })
  })

  it('names Oracle by its product names, Epic only as the first word', () => {
    expect(flavorFromCapability({ software: { name: 'Millennium' } })).toBe('cerner')
    expect(flavorFromCapability({ software: { name: 'Oracle Health FHIR' } })).toBe('cerner')
    expect(flavorFromCapability({ software: { name: 'cerner' } })).toBe('cerner')
    expect(flavorFromCapability({ software: { name: 'epic' } })).toBe('epic')
    expect(flavorFromCapability({ software: { name: 'Epicure FHIR' } })).toBeUndefined()
    expect(flavorFromCapability({ software: { name: 'Not Epic' } })).toBeUndefined()
    expect(flavorFromCapability({ software: { name: 42 } })).toBeUndefined()
    expect(flavorFromCapability(undefined)).toBeUndefined()
  })
})

describe('fetchCapabilityFlavor', () => {
  const fetchMock = mockFetch()

  it('asks the base for its CapabilityStatement as FHIR JSON and reads the vendor from it', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ software: { name: 'Epic 2025' } })))
    await expect(fetchCapabilityFlavor('https://fhir.x.org/r4')).resolves.toBe('epic')
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('https://fhir.x.org/r4/metadata')
    expect(init?.headers).toEqual({ accept: 'application/fhir+json' })
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  it('says nothing for a failed answer or a failed request', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ software: { name: 'Epic 2025' } }), { status: 500 }))
    await expect(fetchCapabilityFlavor('https://fhir.x.org/r4')).resolves.toBeUndefined()
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await expect(fetchCapabilityFlavor('https://fhir.x.org/r4')).resolves.toBeUndefined()
  })
})
