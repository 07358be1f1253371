// Shared setup for the Cerner FHIR contract suites (fhir-search.test.ts, fhir-resources.test.ts):
// one sandbox per test file, token minting, and small HTTP / Bundle / OperationOutcome helpers.
import type { Bundle, FhirResource, OperationOutcome } from 'fhir/r4'
import { expect } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
import type { SyntheticPatient } from '../../data/types.ts'
import { useSandbox } from '../../testing/harness.ts'
import type { BaseName, MintOptions } from '../../testing/tokens.ts'

export const FHIR_JSON = 'application/fhir+json'
export const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'

export const patient = (key: string): SyntheticPatient => {
  const p = patientByKey(key)
  if (!p) throw new Error(`no synthetic patient ${key}`)
  return p
}
export const lorraine = () => patient('lorraine')
export const walter = () => patient('walter')

export const resources = <T extends FhirResource>(b: Bundle) => (b.entry ?? []).map((e) => e.resource as T)
export const link = (b: Bundle, rel: string) => b.link?.find((l) => l.relation === rel)?.url

export async function outcome(res: Response, status: number): Promise<OperationOutcome> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('json')
  const oo = (await res.json()) as OperationOutcome
  expect(oo.resourceType).toBe('OperationOutcome')
  return oo
}

/**
 * Starts a sandbox for the calling test file and returns helpers bound to it.
 * Call once, at module level of each test file.
 */
export function useCernerSandbox() {
  const sb = useSandbox()

  function token(p: SyntheticPatient, o: MintOptions = {}, base: BaseName = 'cerner'): string {
    return sb.mintToken(base, { patientId: p.ids.cerner, ...o })
  }
  const providerToken = () =>
    sb.mintToken('cerner-provider', {
      persona: 'provider',
      scope: 'user/Patient.read user/Observation.read user/MedicationRequest.read user/AllergyIntolerance.read',
    })

  async function get(path: string, tok: string | null, accept: string | null = FHIR_JSON, base: BaseName = 'cerner'): Promise<Response> {
    const url = path.startsWith('http') ? path : `${sb.base(base)}/${path}`
    const headers: Record<string, string> = {}
    if (tok !== null) headers.authorization = `Bearer ${tok}`
    if (accept !== null) headers.accept = accept
    return fetch(url, { headers })
  }

  async function ok<T>(path: string, tok: string, base: BaseName = 'cerner'): Promise<T> {
    const res = await get(path, tok, FHIR_JSON, base)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(FHIR_JSON)
    return (await res.json()) as T
  }

  return { sb, token, providerToken, get, ok }
}
