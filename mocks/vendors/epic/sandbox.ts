import { serveFhir } from '../../core/fhir-gate.ts'
import type { VendorSandbox } from '../../core/vendor.ts'
import { epicAuth } from './auth.ts'
import { EPIC_FHIR_PATH, EPIC_OAUTH_PATH, EPIC_PREFIX, EPIC_STYLE_PATH } from './config.ts'
import { epicFhir } from './fhir/personality.ts'

export const epicSandbox: VendorSandbox = {
  prefix: EPIC_PREFIX,
  isFhirDataPath: (p) => p.startsWith(EPIC_FHIR_PATH + '/') && !/\/(\.well-known\/.*|metadata)$/.test(p),
  async handle(req, url, state) {
    const p = url.pathname
    if (p.startsWith(EPIC_OAUTH_PATH + '/') || p === EPIC_STYLE_PATH) return epicAuth.handle(req, url, state)
    if (!p.startsWith(EPIC_FHIR_PATH + '/')) return undefined
    const base = url.origin + EPIC_FHIR_PATH
    const rest = p.slice(EPIC_FHIR_PATH.length + 1)
    if (rest.startsWith('.well-known/')) return epicAuth.discovery(req, url, rest, base)
    return serveFhir(epicFhir, state, req, base, rest.split('/').filter(Boolean).map(decodeURIComponent))
  },
}
