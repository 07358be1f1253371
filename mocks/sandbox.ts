import { applyFaults, applyTokenFault } from './core/apply-faults.ts'
import { parseFaults } from './core/faults.ts'
import { withCustomerBases } from './core/auth/customer-bases.ts'
import { json, preflight, withCors } from './core/http.ts'
import { createState, type SandboxOptions, type SandboxState } from './core/state.ts'
import type { VendorSandbox } from './core/vendor.ts'
import { ehrSimulator } from './ehr/simulator.ts'
import { homePage } from './ehr/home.ts'
import { cernerSandbox } from './vendors/cerner/sandbox.ts'
import { epicSandbox } from './vendors/epic/sandbox.ts'

export interface Sandbox {
  state: SandboxState
  handle(req: Request): Promise<Response>
}

export interface SandboxConfig extends SandboxOptions {
  /** Where the app runs, for the EHR simulator's launch links. */
  appUrl?: string
}

export function createSandbox(config: SandboxConfig = {}): Sandbox {
  const state = createState(config)
  const vendors: VendorSandbox[] = [epicSandbox, cernerSandbox]
  const appUrl = config.appUrl ?? 'http://localhost:5173'

  async function route(req: Request, url: URL): Promise<Response> {
    if (url.pathname === '/_sandbox/faults') return faultsEndpoint(req, state)
    if (url.pathname === '/' || url.pathname === '/index.html') return homePage(url)
    if (url.pathname === '/ehr' || url.pathname.startsWith('/ehr/')) return ehrSimulator(req, url, state, appUrl)
    for (const v of vendors) {
      if (!url.pathname.startsWith(v.prefix + '/')) continue
      const res = v.isFhirDataPath(url.pathname)
        ? await applyFaults(req, url, state, () => v.handle(req, url, state))
        : isTokenRequest(req, url)
          ? await applyTokenFault(req, state, () => v.handle(req, url, state))
          : await v.handle(req, url, state)
      if (res) return res
    }
    return json({ error: 'not_found', path: url.pathname }, { status: 404 })
  }

  return {
    state,
    // Real-looking bases (a FHIRProxy Epic customer, fhir-ehr / fhir-myrecord Oracle tenants) map onto the same personalities.
    handle: withCustomerBases(async (req) => {
      if (req.method === 'OPTIONS') return preflight(req)
      const url = new URL(req.url)
      try {
        return withCors(req, await route(req, url))
      } catch (e) {
        console.error('sandbox error', url.pathname, e)
        return withCors(req, json({ error: 'sandbox_error', message: String(e) }, { status: 500 }))
      }
    }),
  }
}

// Both vendors' token endpoints (code exchange and refresh) end in /token.
function isTokenRequest(req: Request, url: URL): boolean {
  return req.method === 'POST' && url.pathname.endsWith('/token')
}

async function faultsEndpoint(req: Request, state: SandboxState): Promise<Response> {
  if (req.method === 'PUT' || req.method === 'POST') {
    try {
      state.faults = parseFaults(await req.json())
    } catch (e) {
      return json({ error: String(e) }, { status: 400 })
    }
  } else if (req.method === 'DELETE') {
    state.faults = parseFaults({})
  }
  return json(state.faults)
}
