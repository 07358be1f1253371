// Test support for the chart panels (never imported by app code): the in-process
// sandbox behind MSW, a session for a seeded patient on either server, and a render wrapper.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { OperationOutcomeIssue } from 'fhir/r4'
import { render } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createElement, type ReactElement } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { createSandbox } from '../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../mocks/testing/msw.ts'
import { BASE_PATHS, mintToken } from '../../mocks/testing/tokens.ts'
import { NowContext } from '../app/now.tsx'
import { ViewModeContext, type ViewMode } from '../app/view-mode.tsx'
import { I18nProvider } from '../i18n/i18n.tsx'
import type { Locale } from '../i18n/locale.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { testSession } from '../fhir/testing/test-session.ts'
import { ProvenanceContext, type ProvenanceTarget } from './provenance/provenance-context.tsx'

export type Vendor = 'epic' | 'cerner'
export const VENDORS: Vendor[] = ['epic', 'cerner']

export const FULL_SCOPE =
  'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

const sandbox = createSandbox()
export const server = setupServer(...sandboxHandlers(sandbox))

/** Paths of the requests made, for "no request was made" assertions. */
export const requests: string[] = []

/** Call once at the top of a test file. */
export function withSandboxServer() {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url).pathname))
  })
  afterEach(() => {
    server.resetHandlers()
    requests.length = 0
  })
  afterAll(() => server.close())
}

let sessions = 0

export function sessionFor(vendor: Vendor, patientKey: string, scope = FULL_SCOPE): SmartSession {
  const patient = patientByKey(patientKey)
  if (!patient) throw new Error(`no patient ${patientKey}`)
  const patientId = patient.ids[vendor]
  const token = mintToken(sandbox, IN_PROCESS_ORIGIN, vendor, { patientId, scope })
  sessions += 1
  return testSession({ id: `test-${sessions}`, fhirBase: IN_PROCESS_ORIGIN + BASE_PATHS[vendor], flavor: vendor, patientId, scope, token })
}

const matches = (request: Request, category?: string) => !category || new URL(request.url).searchParams.get('category')?.includes(category)

/** Every search for `type` (optionally only one Observation category) answers `status` with an OperationOutcome. */
export function failSearches(type: string, status: number, category?: string) {
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*/${type}`, ({ request }) => {
      if (!matches(request, category)) return undefined
      return HttpResponse.json(
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: status === 400 ? 'not-supported' : 'exception', diagnostics: `HTTP ${status} from test` }] },
        { status, headers: { 'content-type': 'application/fhir+json' } },
      )
    }),
  )
}

/** Every search for `type` (optionally only one Observation category) answers an empty searchset. */
export function emptySearches(type: string, category?: string) {
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*/${type}`, ({ request }) => {
      if (!matches(request, category)) return undefined
      return HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] }, { headers: { 'content-type': 'application/fhir+json' } })
    }),
  )
}

/**
 * Every search for `type` answers an empty searchset whose only entry is the server's OperationOutcome
 * (`search.mode: outcome`) holding `issues`, as a server that withholds sub-types sends it.
 */
export function emptySearchesWithOutcome(type: string, ...issues: OperationOutcomeIssue[]) {
  const entry = { fullUrl: 'urn:uuid:6a1e0b52-0c8e-4d43-9f5e-2f0c1d3b7a10', resource: { resourceType: 'OperationOutcome', issue: issues }, search: { mode: 'outcome' } }
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*/${type}`, () =>
      HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', total: 0, entry: [entry] }, { headers: { 'content-type': 'application/fhir+json' } }),
    ),
  )
}

/** `now` fixes the app's clock for views that compare dates with today. */
export function renderPanel(ui: ReactElement, options: { mode?: ViewMode; locale?: Locale; now?: string } = {}) {
  const opened: ProvenanceTarget[] = []
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const tree = createElement(
    QueryClientProvider,
    { client },
    createElement(I18nProvider, {
      locale: options.locale ?? 'en',
      children: createElement(
        ViewModeContext.Provider,
        { value: options.mode ?? 'patient' },
        createElement(
          NowContext.Provider,
          { value: options.now ? () => new Date(options.now as string) : () => new Date() },
          createElement(ProvenanceContext.Provider, { value: { open: (t: ProvenanceTarget) => void opened.push(t) } }, ui),
        ),
      ),
    }),
  )
  return { ...render(tree), opened, client }
}
