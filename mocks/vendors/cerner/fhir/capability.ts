// Millennium's CapabilityStatement, compact: JSON-only formats, SMART oauth-uris for the persona
// the base belongs to, read + search-type on the four routed types, and no searchInclude (Cerner
// declares none; compounds come back contained instead).
import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4'
import { narrative } from './narrative.ts'
import { cernerAuthorizeUrl, cernerRevokeUrl, cernerTokenUrl, personaForUrl } from './urls.ts'

type Param = [name: string, type: 'token' | 'reference' | 'date' | 'string' | 'number']

const RESOURCES: Record<'Patient' | 'Observation' | 'MedicationRequest' | 'AllergyIntolerance', Param[]> = {
  Patient: [
    ['_id', 'token'], ['identifier', 'token'], ['name', 'string'], ['family', 'string'], ['given', 'string'],
    ['birthdate', 'date'], ['phone', 'token'], ['email', 'token'], ['address-postalcode', 'string'], ['_count', 'number'],
  ],
  Observation: [
    ['_id', 'token'], ['patient', 'reference'], ['subject', 'reference'], ['category', 'token'], ['code', 'token'],
    ['date', 'date'], ['_lastUpdated', 'date'], ['_count', 'number'],
  ],
  MedicationRequest: [['_id', 'token'], ['patient', 'reference'], ['status', 'token'], ['intent', 'token'], ['_count', 'number']],
  AllergyIntolerance: [['_id', 'token'], ['patient', 'reference'], ['clinical-status', 'token']],
}

function resource(type: keyof typeof RESOURCES, params: Param[]): CapabilityStatementRestResource {
  return {
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: params.map(([name, t]) => ({ name, type: t })),
  }
}

export function capabilityStatement(baseUrl: string): CapabilityStatement {
  const origin = new URL(baseUrl).origin
  const persona = personaForUrl(baseUrl)
  return {
    resourceType: 'CapabilityStatement',
    meta: { versionId: '1', lastUpdated: '2026-09-14T04:00:00.000Z' },
    text: narrative('Capability Statement', [['Software', 'Millennium'], ['FHIR Version', '4.0.1']]),
    name: 'Millennium_FHIR_R4_Server',
    title: 'Millennium FHIR R4 Server (sandbox emulation)',
    status: 'active',
    date: '2026-09-14T04:00:00Z',
    publisher: 'Sandbox',
    kind: 'instance',
    software: { name: 'Millennium', version: '2026.09' },
    implementation: { description: `Millennium R4 ${persona} base`, url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'token', valueUri: cernerTokenUrl(origin, persona) },
                { url: 'authorize', valueUri: cernerAuthorizeUrl(origin, persona) },
                { url: 'revoke', valueUri: cernerRevokeUrl(origin) },
              ],
            },
          ],
          service: [
            {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }],
              text: 'OAuth2 using SMART-on-FHIR profile (see http://docs.smarthealthit.org)',
            },
          ],
        },
        resource: (Object.keys(RESOURCES) as (keyof typeof RESOURCES)[]).map((type) => resource(type, RESOURCES[type])),
      },
    ],
  }
}
