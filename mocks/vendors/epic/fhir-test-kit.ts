// Shared setup for the Epic FHIR contract suites (fhir-search.test.ts, fhir-resources.test.ts):
// one sandbox per test file, token minting, and small HTTP / Bundle helpers.
import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4'
import { expect } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
import type { SyntheticPatient } from '../../data/types.ts'
import { useSandbox } from '../../testing/harness.ts'
import type { MintOptions } from '../../testing/tokens.ts'

export const FHIR_JSON = 'application/fhir+json'
export const OUTCOME_SYSTEM = 'urn:oid:1.2.840.114350.1.13.0.1.7.2.657369'
export const MRN_SYSTEM = 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14'
export const LAB = 'http://terminology.hl7.org/CodeSystem/observation-category|laboratory'

export const patient = (key: string): SyntheticPatient => {
  const p = patientByKey(key)
  if (!p) throw new Error(`no synthetic patient ${key}`)
  return p
}
export const lorraine = () => patient('lorraine')
export const walter = () => patient('walter')

export const matches = (b: Bundle) => (b.entry ?? []).filter((e) => e.search?.mode === 'match')
export const outcomeCodes = (e: BundleEntry | undefined) =>
  ((e?.resource as OperationOutcome | undefined)?.issue ?? []).map((i) => i.details?.coding?.[0]?.code)

/**
 * Starts a sandbox for the calling test file and returns helpers bound to it.
 * Call once, at module level of each test file.
 */
export function useEpicSandbox() {
  const sb = useSandbox()

  function token(p: SyntheticPatient, o: MintOptions = {}): string {
    return sb.mintToken('epic', { patientId: p.ids.epic, ...o })
  }

  async function get(path: string, tok: string, accept: string | null = FHIR_JSON): Promise<Response> {
    const url = path.startsWith('http') ? path : `${sb.base('epic')}/${path}`
    const headers: Record<string, string> = { authorization: `Bearer ${tok}` }
    if (accept !== null) headers.accept = accept
    return fetch(url, { headers })
  }

  async function bundle(path: string, tok: string): Promise<Bundle> {
    const res = await get(path, tok)
    expect(res.status).toBe(200)
    return (await res.json()) as Bundle
  }

  return { sb, token, get, bundle }
}
