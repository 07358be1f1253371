// Test support for the vitals panel (never imported by app code): a session against the in-process
// sandbox through MSW, the panel rendered with its providers, and MSW overrides that hold back or
// break the pages after the first, whatever the vendor's paging looks like.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { SetupServer } from 'msw/node'
import { createElement, type ReactNode } from 'react'
import { patientByKey } from '../../../mocks/data/patients.ts'
import type { Sandbox } from '../../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN } from '../../../mocks/testing/msw.ts'
import { BASE_PATHS, mintToken } from '../../../mocks/testing/tokens.ts'
import { ViewModeContext, type ViewMode } from '../../app/view-mode.tsx'
import { I18nProvider } from '../../i18n/i18n.tsx'
import type { Locale } from '../../i18n/locale.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { testSession } from '../../fhir/testing/test-session.ts'
import { ProvenanceContext, type ProvenanceTarget } from '../provenance/provenance-context.tsx'
import { VitalsPanel } from './vitals-panel.tsx'

export type Vendor = 'epic' | 'cerner'

export const ALL_SCOPES = 'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read'

export function patient(key: string) {
  const p = patientByKey(key)
  if (!p) throw new Error(`no patient ${key}`)
  return p
}

export function vitalsSession(sandbox: Sandbox, vendor: Vendor, patientKey: string, scope = ALL_SCOPES): SmartSession {
  const patientId = patient(patientKey).ids[vendor]
  const token = mintToken(sandbox, IN_PROCESS_ORIGIN, vendor, { patientId, scope })
  const id = `${vendor}:${patientId}:${scope}:${crypto.randomUUID()}`
  return testSession({ id, fhirBase: IN_PROCESS_ORIGIN + BASE_PATHS[vendor], flavor: vendor, patientId, scope, token })
}

interface RenderOptions {
  locale?: Locale
  mode?: ViewMode
  /** To render again over a cache an earlier render filled. */
  client?: QueryClient
  onProvenance?: (target: ProvenanceTarget) => void
}

export const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

export function renderVitals(session: SmartSession, options: RenderOptions = {}) {
  const { locale = 'en', mode = 'patient', client = newClient(), onProvenance = () => undefined } = options
  const panel = createElement(
    ProvenanceContext.Provider,
    { value: { open: onProvenance } },
    createElement(ViewModeContext.Provider, { value: mode }, createElement(VitalsPanel, { session })),
  )
  const tree: ReactNode = createElement(QueryClientProvider, { client }, createElement(I18nProvider, { locale, children: panel }))
  return { client, ...render(tree) }
}

/** True for Observation page requests (not the `_summary=count` request that only asks for a total). */
function isObservationPage(request: Request): boolean {
  const url = new URL(request.url)
  return url.pathname.endsWith('/Observation') && url.searchParams.get('_summary') !== 'count'
}

/**
 * Lets the first Observation page through and holds every later one until `release()`, so a test
 * can look at the screen between the first page and the rest.
 */
export function holdLaterPages(server: SetupServer, sandbox: Sandbox) {
  let pages = 0
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*`, async ({ request }) => {
      if (isObservationPage(request) && pages++ > 0) await released
      return sandbox.handle(request)
    }),
  )
  return { release }
}

const outcome = (code: string, text: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics: text }],
})

/** Answers Observation pages from number `from` (0-based) on with `status` until `heal()`. */
export function failPagesFrom(server: SetupServer, sandbox: Sandbox, from: number, status = 500) {
  let pages = 0
  let broken = true
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*`, ({ request }) => {
      if (broken && isObservationPage(request) && pages++ >= from) {
        return HttpResponse.json(outcome(status === 400 ? 'not-supported' : 'exception', `Simulated ${status}`), { status })
      }
      return sandbox.handle(request)
    }),
  )
  return { heal: () => (broken = false) }
}

/**
 * Serves Observation page number `at` (0-based) with one more entry: a copy of its first reading filed
 * under another patient, as a misrouting server or proxy would send it.
 */
export function slipInOtherPatient(server: SetupServer, sandbox: Sandbox, at: number, otherPatientId: string) {
  let pages = 0
  server.use(
    http.get(`${IN_PROCESS_ORIGIN}/*`, async ({ request }) => {
      const res = await sandbox.handle(request)
      if (!isObservationPage(request) || pages++ !== at) return res
      const bundle = (await res.json()) as { entry?: Array<{ resource?: Record<string, unknown> }> }
      const first = bundle.entry?.find((e) => e.resource?.resourceType === 'Observation')?.resource
      if (!first) throw new Error('the page has no Observation to copy')
      const stranger = { ...first, id: `${String(first.id)}-other`, subject: { reference: `Patient/${otherPatientId}` } }
      bundle.entry?.push({ resource: stranger })
      return HttpResponse.json(bundle, { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? 'application/fhir+json' } })
    }),
  )
}
