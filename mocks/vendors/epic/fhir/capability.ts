// A compact CapabilityStatement in Epic's shape. SMART clients read the oauth-uris extension
// from it, so the authorize/token URLs point at this sandbox's Epic OAuth server.
import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4'
import { EPIC_OAUTH_PATH } from '../config.ts'

type ParamType = 'token' | 'reference' | 'date' | 'string'

function resource(type: CapabilityStatementRestResource['type'], params: [string, ParamType][]): CapabilityStatementRestResource {
  return {
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchInclude: ['*'],
    searchRevInclude: ['Provenance:target'],
    searchParam: params.map(([name, t]) => ({ name, type: t })),
  }
}

const RESOURCES = [
  resource('AllergyIntolerance', [['_id', 'token'], ['clinical-status', 'token'], ['patient', 'reference']]),
  resource('Medication', [['_id', 'token']]),
  resource('MedicationRequest', [
    ['_id', 'token'],
    ['category', 'token'],
    ['date', 'date'],
    ['intent', 'token'],
    ['patient', 'reference'],
    ['status', 'token'],
    ['subject', 'reference'],
  ]),
  resource('Observation', [
    ['_id', 'token'],
    ['based-on', 'reference'],
    ['category', 'token'],
    ['code', 'token'],
    ['date', 'date'],
    ['issued', 'date'],
    ['patient', 'reference'],
    ['status', 'token'],
    ['subject', 'reference'],
  ]),
  resource('Patient', [
    ['_id', 'token'],
    ['birthdate', 'date'],
    ['family', 'string'],
    ['given', 'string'],
    ['identifier', 'token'],
  ]),
]

export function capabilityStatement(baseUrl: string): CapabilityStatement {
  const oauth = new URL(baseUrl).origin + EPIC_OAUTH_PATH
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2025-11-01',
    publisher: 'Epic',
    kind: 'instance',
    software: { name: 'Epic', version: 'November 2025' },
    implementation: { description: 'Epic FHIR R4 sandbox emulator', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['xml', 'json'],
    rest: [
      {
        mode: 'server',
        security: {
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: `${oauth}/authorize` },
                { url: 'token', valueUri: `${oauth}/token` },
              ],
            },
          ],
          service: [
            {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }],
              text: 'OAuth',
            },
          ],
        },
        resource: RESOURCES,
      },
    ],
  }
}
