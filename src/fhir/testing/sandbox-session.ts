// Test support (never imported by app code): a SmartSession against the local sandbox with a minted
// token, and a fetch recorder to count requests and see which carried the token.
import { vi } from 'vitest'
import type { BaseName } from '../../../mocks/testing/tokens.ts'
import type { RunningSandbox } from '../../../mocks/testing/harness.ts'
import type { ServerFlavor, SmartSession } from '../../launch/smart-session.ts'
import { testSession } from './test-session.ts'

export const US_CORE_SCOPE =
  'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

export function sandboxSession(
  running: RunningSandbox,
  base: BaseName,
  flavor: ServerFlavor,
  patientId: string,
  scope = US_CORE_SCOPE,
): SmartSession {
  const token = running.mintToken(base, { patientId, scope })
  const id = `${base}:${patientId}:${scope}`
  return testSession({ id, fhirBase: running.base(base), flavor, patientId, scope, token, endpointName: `sandbox ${base}` })
}

export interface RecordedRequest {
  url: string
  method: string
  authorization?: string
  startedAt: number
  endedAt?: number
}

/** Wraps the global fetch (passing every call through) and records each request. */
export function recordFetch() {
  const requests: RecordedRequest[] = []
  const real = globalThis.fetch
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input, init)
    const rec: RecordedRequest = {
      url: req.url,
      method: req.method,
      authorization: req.headers.get('authorization') ?? undefined,
      startedAt: performance.now(),
    }
    requests.push(rec)
    try {
      return await real(input, init)
    } finally {
      rec.endedAt = performance.now()
    }
  })
  return {
    requests,
    /** Requests whose path (after the base) starts with `type`. */
    to: (type: string) => requests.filter((r) => new URL(r.url).pathname.endsWith(`/${type}`)),
    clear: () => requests.splice(0),
    restore: () => spy.mockRestore(),
  }
}

export async function setFaults(running: RunningSandbox, faults: object | null): Promise<void> {
  const res = await fetch(`${running.origin}/_sandbox/faults`, {
    method: faults ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: faults ? JSON.stringify(faults) : undefined,
  })
  if (!res.ok) throw new Error(`faults: HTTP ${res.status}`)
}
