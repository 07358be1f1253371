import { serveFhir } from '../../core/fhir-gate.ts'
import type { VendorSandbox } from '../../core/vendor.ts'
import { cernerAuth } from './auth.ts'
import { CERNER_PATIENT_FHIR_PATH, CERNER_PREFIX, CERNER_PROVIDER_FHIR_PATH } from './config.ts'
import { cernerFhir } from './fhir/personality.ts'

const BASES = [
  { path: CERNER_PATIENT_FHIR_PATH, persona: 'patient' as const },
  { path: CERNER_PROVIDER_FHIR_PATH, persona: 'provider' as const },
]

export const cernerSandbox: VendorSandbox = {
  prefix: CERNER_PREFIX,
  isFhirDataPath: (p) =>
    BASES.some((b) => p.startsWith(b.path + '/')) && !/\/(\.well-known\/.*|metadata)$/.test(p),
  async handle(req, url, state) {
    const p = url.pathname
    if (p.startsWith('/cerner/authorization/') || p.startsWith('/cerner/styles/')) return cernerAuth.handle(req, url, state)
    if (p.startsWith('/cerner/r4/') || p.startsWith('/cerner/ehr/r4/')) {
      const b = BASES.find((x) => p.startsWith(x.path + '/'))
      if (!b) return cernerFhir.unknownTenant(req)
      const base = url.origin + b.path
      const rest = p.slice(b.path.length + 1)
      if (rest.startsWith('.well-known/')) return cernerAuth.discovery(req, url, rest, base, b.persona)
      return serveFhir(cernerFhir, state, req, base, rest.split('/').filter(Boolean).map(decodeURIComponent))
    }
    return undefined
  },
}
