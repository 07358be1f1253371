// Test support for the Data & sources panel and the provenance drawer (never imported by app code):
// the in-process sandbox behind MSW, a hand-built session with a minted token, a request log, and
// a render with the app's providers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { createElement, type ReactElement } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { patientByKey } from '../../../mocks/data/patients.ts'
import { createSandbox } from '../../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../../mocks/testing/msw.ts'
import { BASE_PATHS, mintToken, type BaseName } from '../../../mocks/testing/tokens.ts'
import { ViewModeContext, type ViewMode } from '../../app/view-mode.tsx'
import { I18nProvider } from '../../i18n/i18n.tsx'
import type { Locale } from '../../i18n/locale.ts'
import type { SmartSession, UserMode } from '../../launch/smart-session.ts'
import { testSession as buildSession } from '../../fhir/testing/test-session.ts'

export const FULL_SCOPE =
  'launch/patient openid fhirUser patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

export type Vendor = Exclude<BaseName, 'cerner-provider'>

/** Starts MSW over a fresh sandbox for the calling test file, logging every request it sees. */
export function sandboxServer() {
  const sandbox = createSandbox()
  const server = setupServer(...sandboxHandlers(sandbox))
  const requests: URL[] = []
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    server.events.on('request:start', ({ request }) => {
      requests.push(new URL(request.url))
    })
  })
  beforeEach(() => {
    requests.length = 0
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    sandbox,
    server,
    requests,
    /** Requests to `{base}/{path}` (path without query), e.g. `AllergyIntolerance`, `metadata`. */
    to: (session: SmartSession, path: string) => requests.filter((u) => u.href.split('?')[0] === `${session.fhirBase}/${path}`),
  }
}

export interface SessionOptions {
  scope?: string
  /** What the app asked for; defaults to the granted scope. */
  requested?: string
  mode?: UserMode
  expiresAt?: number
}

let launches = 0

export function testSession(sandbox: ReturnType<typeof createSandbox>, vendor: Vendor, who: string, o: SessionOptions = {}): SmartSession {
  const patient = patientByKey(who)
  if (!patient) throw new Error(`no synthetic patient ${who}`)
  const patientId = patient.ids[vendor]
  const scope = o.scope ?? FULL_SCOPE
  const token = mintToken(sandbox, IN_PROCESS_ORIGIN, vendor, { patientId, scope })
  return buildSession({
    id: `test-launch-${++launches}`,
    fhirBase: IN_PROCESS_ORIGIN + BASE_PATHS[vendor],
    flavor: vendor,
    endpointName: 'Riverside Test Health',
    patientId,
    scope,
    token,
    requested: o.requested,
    mode: o.mode,
    expiresAt: o.expiresAt,
  })
}

export function newClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}

export function renderApp(ui: ReactElement, { locale = 'en', mode = 'patient', client = newClient() }: { locale?: Locale; mode?: ViewMode; client?: QueryClient } = {}) {
  const inner = createElement(ViewModeContext.Provider, { value: mode, children: ui })
  const tree = createElement(QueryClientProvider, { client, children: createElement(I18nProvider, { locale, children: inner }) })
  return { ...render(tree), client }
}
