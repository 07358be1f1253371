// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { HealthSystem } from './brands.ts'
import { canonicalBase, ehrEndpoints, endpointByBase, endpointFromAddress, rememberEndpoint, SANDBOX_ORIGIN, withCapabilityFlavor } from './endpoints.ts'

const IDS = { epic: 'epic-id', oraclePatient: 'oracle-patient-id', oracleProvider: 'oracle-provider-id', other: 'other-id' }

afterEach(() => sessionStorage.clear())

describe('canonicalBase', () => {
  it('lower-cases scheme and host, drops the default port and one trailing slash, keeps the path as written', () => {
    expect(canonicalBase(' HTTPS://Fhir.Example.ORG:443/api/FHIR/R4/ ')).toBe('https://fhir.example.org/api/FHIR/R4')
    expect(canonicalBase('https://fhir-myrecord.cerner.com/r4/-KzIoYV6gk')).toBe('https://fhir-myrecord.cerner.com/r4/-KzIoYV6gk')
    expect(canonicalBase('http://localhost:4010/epic/api/FHIR/R4')).toBe('http://localhost:4010/epic/api/FHIR/R4')
  })

  it('leaves a base with a query, fragment or credentials as sent (minus a trailing slash), and text that is no URL', () => {
    expect(canonicalBase('https://Fhir.example.org/r4?x=1/')).toBe('https://Fhir.example.org/r4?x=1')
    expect(canonicalBase('https://Fhir.example.org/r4#top')).toBe('https://Fhir.example.org/r4#top')
    expect(canonicalBase('https://u:p@Fhir.example.org/r4/')).toBe('https://u:p@Fhir.example.org/r4')
    expect(canonicalBase('not a url/')).toBe('not a url')
  })
})

describe('endpointFromAddress', () => {
  it('registers the local sandboxes by path, whatever the deploy-time client ids', () => {
    expect(endpointFromAddress('e', 'Riverside', `${SANDBOX_ORIGIN}/epic/api/FHIR/R4`, {})).toMatchObject({ flavor: 'epic', clientId: 'epic-sandbox-app', launch: ['ehr', 'standalone'], flavorBy: 'url' })
    expect(endpointFromAddress('c', 'Lakeshore', `${SANDBOX_ORIGIN}/cerner/ehr/r4/t1`, {})).toMatchObject({ flavor: 'cerner', clientId: 'cerner-sandbox-provider-app', launch: ['ehr'], persona: 'provider' })
    expect(endpointFromAddress('c', 'Lakeshore', `${SANDBOX_ORIGIN}/cerner/r4/t1`, {})).toMatchObject({ flavor: 'cerner', clientId: 'cerner-sandbox-patient-app', launch: ['standalone'], persona: 'patient' })
  })

  it('gives each vendor base its own client id and launch kinds', () => {
    expect(endpointFromAddress('a', 'A', 'https://fhir.a.org/api/FHIR/R4/', IDS)).toMatchObject({ fhirBase: 'https://fhir.a.org/api/FHIR/R4', flavor: 'epic', clientId: 'epic-id', launch: ['ehr', 'standalone'] })
    expect(endpointFromAddress('b', 'B', 'https://fhir-ehr.cerner.com/r4/t', IDS)).toMatchObject({ flavor: 'cerner', clientId: 'oracle-provider-id', launch: ['ehr'], persona: 'provider' })
    expect(endpointFromAddress('c', 'C', 'https://fhir-myrecord.cerner.com/r4/t', IDS)).toMatchObject({ flavor: 'cerner', clientId: 'oracle-patient-id', launch: ['standalone'], persona: 'patient' })
    expect(endpointFromAddress('d', 'D', 'https://launch.smarthealthit.org/v/r4/fhir', IDS)).toMatchObject({ flavor: 'generic', clientId: 'chart-lens', flavorBy: 'none' })
  })

  it('an unknown server gets the generic id, and keeps the Epic id in case its CapabilityStatement says Epic', () => {
    const e = endpointFromAddress('x', 'X', 'https://fhir.x.org/fhir', IDS)
    expect(e).toMatchObject({ flavor: 'generic', clientId: 'other-id', flavorBy: 'none', epicClientId: 'epic-id' })
    expect(withCapabilityFlavor(e, 'epic')).toMatchObject({ flavor: 'epic', flavorBy: 'capability', clientId: 'epic-id', clientIdSetting: 'clientIds.epic (VITE_EPIC_CLIENT_ID)' })
    expect(withCapabilityFlavor(e, 'cerner')).toBe(e)
    expect(withCapabilityFlavor(e, undefined)).toBe(e)
    // A base already identified keeps its flavor and client id whatever the CapabilityStatement says.
    const oracle = endpointFromAddress('c', 'C', 'https://fhir-myrecord.cerner.com/r4/t', IDS)
    expect(withCapabilityFlavor(oracle, 'epic')).toBe(oracle)
  })

  it('a directory entry decides the vendor over the URL', () => {
    const e = endpointFromAddress('d', 'D', 'https://fhir.d.org/fhir', IDS, { vendor: 'cerner', persona: 'patient' } as HealthSystem['directory'])
    expect(e).toMatchObject({ flavor: 'cerner', flavorBy: 'directory', clientId: 'oracle-patient-id' })
    expect(e.epicClientId).toBeUndefined()
  })
})

describe('ehrEndpoints', () => {
  const systems = [
    { name: 'Valley', endpoints: [{ id: 'v1', address: 'https://fhir.valley.org/api/FHIR/R4' }, { id: 'v2', address: 'https://fhir-myrecord.cerner.com/r4/t' }] },
  ] as unknown as HealthSystem[]

  it('offers only bases that may start an EHR launch, and the provider sandboxes when the deployment asks', () => {
    expect(ehrEndpoints(systems, { clientIds: IDS, sandbox: false }).map((e) => e.id)).toEqual(['v1'])
    const withSandbox = ehrEndpoints(systems, { clientIds: IDS, sandbox: true }).map((e) => e.id)
    expect(withSandbox).toEqual(['v1', 'local-cerner-provider', 'oracle-sandbox-provider'])
  })
})

describe('the endpoint remembered for the tab', () => {
  it('names the organization chosen at launch, looked up by the base in any spelling of it', () => {
    const e = endpointFromAddress('v1', 'Valley Clinic', 'https://fhir.valley.org/api/FHIR/R4', IDS)
    rememberEndpoint(e)
    expect(endpointByBase('https://FHIR.valley.org:443/api/FHIR/R4/')).toEqual({ id: 'v1', name: 'Valley Clinic', flavor: 'epic', fhirBase: 'https://fhir.valley.org/api/FHIR/R4' })
  })

  it('without a readable record, takes the flavor from the URL and the host as the name', () => {
    sessionStorage.setItem('chart-lens:endpoint:https://fhir-myrecord.cerner.com/r4/t', '{broken')
    expect(endpointByBase('https://fhir-myrecord.cerner.com/r4/t')).toEqual({ id: 'https://fhir-myrecord.cerner.com/r4/t', name: 'fhir-myrecord.cerner.com', flavor: 'cerner', fhirBase: 'https://fhir-myrecord.cerner.com/r4/t' })
    expect(endpointByBase('no base at all')).toBeUndefined()
  })
})
