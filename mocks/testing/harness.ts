// Starts the sandbox on a free port for contract tests that talk real HTTP.
import type { AddressInfo } from 'node:net'
import type { Grant, VendorId } from '../core/grants.ts'
import { issueAccessToken } from '../core/state.ts'
import { createSandbox, type Sandbox, type SandboxConfig } from '../sandbox.ts'
import { serve } from '../server/node-adapter.ts'
import { CERNER_PATIENT_FHIR_PATH, CERNER_PROVIDER_FHIR_PATH } from '../vendors/cerner/config.ts'
import { EPIC_FHIR_PATH } from '../vendors/epic/config.ts'

export type BaseName = 'epic' | 'cerner' | 'cerner-provider'

const BASE_PATHS: Record<BaseName, string> = {
  epic: EPIC_FHIR_PATH,
  cerner: CERNER_PATIENT_FHIR_PATH,
  'cerner-provider': CERNER_PROVIDER_FHIR_PATH,
}

export interface MintOptions {
  patientId?: string
  /** Space-separated or array; defaults to read+search on the four US Core types. */
  scope?: string | string[]
  persona?: 'patient' | 'provider'
  fhirUser?: string
  ttlSeconds?: number
}

export interface RunningSandbox {
  origin: string
  sandbox: Sandbox
  base(name: BaseName): string
  /** Issues a token directly, skipping the sign-in pages (FHIR contract tests only). */
  mintToken(name: BaseName, options?: MintOptions): string
  close(): Promise<void>
}

const DEFAULT_SCOPE =
  'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

export async function startSandbox(config: SandboxConfig = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(config)
  const server = serve(sandbox.handle)
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const base = (name: BaseName) => origin + BASE_PATHS[name]
  return {
    origin,
    sandbox,
    base,
    mintToken(name, o = {}) {
      const vendor: VendorId = name === 'epic' ? 'epic' : 'cerner'
      const scope = Array.isArray(o.scope) ? o.scope : (o.scope ?? DEFAULT_SCOPE).split(' ')
      const persona = o.persona ?? (name === 'cerner-provider' ? 'provider' : 'patient')
      const grant: Grant = {
        vendor,
        clientId: 'test-client',
        scope,
        persona,
        patientId: o.patientId,
        fhirUser: o.fhirUser ?? (o.patientId ? `Patient/${o.patientId}` : 'Practitioner/test'),
        username: 'test',
        aud: base(name),
      }
      return issueAccessToken(sandbox.state, grant, o.ttlSeconds ?? 3600)
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}
