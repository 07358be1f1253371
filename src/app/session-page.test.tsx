import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { createSandbox } from '../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../mocks/testing/msw.ts'
import { BASE_PATHS, mintToken } from '../../mocks/testing/tokens.ts'
import type { RedirectParams } from '../launch/redirect-params.ts'

const sandbox = createSandbox()
const requests: string[] = []
const server = setupServer(...sandboxHandlers(sandbox))
const lorraine = patientByKey('lorraine')!

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`)
  })
})
afterAll(() => server.close())
beforeEach(() => {
  sessionStorage.clear()
  requests.length = 0
  window.history.replaceState({}, '', '/app')
  vi.resetModules()
})
afterEach(() => server.resetHandlers())

/** What fhirclient keeps in sessionStorage after a completed code exchange. */
function seedSession(scope: string) {
  const key = crypto.randomUUID()
  const serverUrl = IN_PROCESS_ORIGIN + BASE_PATHS.epic
  const accessToken = mintToken(sandbox, IN_PROCESS_ORIGIN, 'epic', { patientId: lorraine.ids.epic, scope })
  sessionStorage.setItem('SMART_KEY', JSON.stringify(key))
  sessionStorage.setItem(
    key,
    JSON.stringify({
      key,
      serverUrl,
      clientId: 'epic-sandbox-app',
      scope,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      tokenResponse: { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope, patient: lorraine.ids.epic },
    }),
  )
  return key
}

async function renderSession(redirect: RedirectParams = {}) {
  const { SessionPage } = await import('./session-page.tsx')
  const { Providers } = await import('./providers.tsx')
  render(
    <Providers>
      <SessionPage redirect={redirect} />
    </Providers>,
  )
}

describe('SessionPage against the in-process sandbox', () => {
  it('resumes the tab session on reload and shows the patient read from the server', async () => {
    seedSession('launch/patient openid patient/Patient.rs patient/Observation.rs')
    await renderSession()
    expect(await screen.findByText('Lorraine Folake Adeyemi')).toHaveAttribute('data-testid', 'patient-name')
  })

  it('sends each read of the first screen once, and before the chart is drawn', async () => {
    seedSession('launch/patient openid patient/Patient.rs patient/Observation.rs patient/AllergyIntolerance.rs patient/MedicationRequest.rs')
    const reads: { url: string; chartDrawn: boolean }[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') reads.push({ url: request.url, chartDrawn: !!document.querySelector('nav') })
    })
    await renderSession()
    expect(await screen.findByText('Lorraine Folake Adeyemi')).toBeInTheDocument()
    await vi.waitFor(() => expect(document.querySelector('[data-part]')).not.toBeNull())
    server.events.removeAllListeners('request:start')
    const fhirReads = reads.filter((r) => r.url.startsWith(IN_PROCESS_ORIGIN + BASE_PATHS.epic))
    const types = new Set(fhirReads.map((r) => new URL(r.url).pathname.split('/').at(-1)))
    expect([...types].sort()).toEqual(expect.arrayContaining(['AllergyIntolerance', 'MedicationRequest', 'Observation']))
    expect(fhirReads.map((r) => r.url)).toEqual([...new Set(fhirReads.map((r) => r.url))])
    expect(fhirReads.filter((r) => r.chartDrawn)).toEqual([])
  })

  it('startSession sends the first screen\'s reads before anything renders, and the page sends none again', async () => {
    seedSession('launch/patient openid patient/Patient.rs patient/Observation.rs patient/AllergyIntolerance.rs patient/MedicationRequest.rs')
    const reads: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && request.url.startsWith(IN_PROCESS_ORIGIN + BASE_PATHS.epic)) reads.push(request.url)
    })
    const { startSession } = await import('./chart-entry.tsx')
    const { createQueryClient, Providers } = await import('./providers.tsx')
    const { SessionPage } = await import('./session-page.tsx')
    const client = createQueryClient()
    startSession({}, client)
    const typeOf = (url: string) => new URL(url).pathname.slice(BASE_PATHS.epic.length + 1).split('/')[0]
    await vi.waitFor(() => expect(new Set(reads.map(typeOf))).toEqual(new Set(['Patient', 'AllergyIntolerance', 'MedicationRequest', 'Observation'])))
    expect(document.body).toBeEmptyDOMElement()
    const before = reads.length
    render(
      <Providers client={client}>
        <SessionPage redirect={{}} />
      </Providers>,
    )
    expect(await screen.findByText('Lorraine Folake Adeyemi')).toBeInTheDocument()
    await vi.waitFor(() => expect(document.querySelector('[data-part]')).not.toBeNull())
    server.events.removeAllListeners('request:start')
    expect(reads.slice(before).filter((u) => reads.slice(0, before).includes(u))).toEqual([])
  })

  it('shows types the grant left out as "not shared"', async () => {
    seedSession('launch/patient openid patient/Patient.rs patient/Observation.rs')
    window.history.replaceState({}, '', '/app#sources')
    await renderSession()
    const list = await screen.findByTestId('shared-types')
    expect(list.querySelector('[data-type="Observation"]')).toHaveTextContent('shared')
    expect(list.querySelector('[data-type="AllergyIntolerance"]')).toHaveTextContent('not shared')
  })

  it('a new tab without a session explains how to get back in', async () => {
    await renderSession()
    expect(await screen.findByRole('alert')).toHaveTextContent('Open the app again from your EHR')
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/')
  })

  it('a tampered state makes no token request and says so', async () => {
    seedSession('launch/patient openid patient/Patient.rs')
    await renderSession({ code: 'abc', state: 'not-a-state-this-tab-made' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in link not valid here')
    expect(requests.filter((r) => r.includes('/token'))).toEqual([])
  })

  it('an OAuth error redirect is shown as text, never as HTML', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined)
    await renderSession({ error: 'access_denied', errorDescription: '<img src=x onerror=alert(1)>', state: 's' })
    const box = await screen.findByRole('alert')
    expect(box).toHaveTextContent('Access was not granted')
    expect(box).toHaveTextContent('<img src=x onerror=alert(1)>')
    expect(box.querySelector('img')).toBeNull()
    expect(alert).not.toHaveBeenCalled()
  })

  it('signing out clears the tab and shows the signed-out screen', async () => {
    seedSession('launch/patient openid patient/Patient.rs')
    await renderSession()
    ;(await screen.findByRole('button', { name: 'Sign out' })).click()
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended')
    expect(sessionStorage.length).toBe(0)
  })

  it('signing out stops the reads still in flight before it revokes the grant', async () => {
    const key = seedSession('launch/patient openid patient/Patient.rs patient/Observation.rs')
    const revoke = `${IN_PROCESS_ORIGIN}/oauth2/revoke`
    sessionStorage.setItem(`chart-lens:launch:${key}`, JSON.stringify({ endpointId: 'x', kind: 'standalone', requestedScope: '', revocationEndpoint: revoke }))
    const order: string[] = []
    let pending = 0
    server.use(
      http.get(`${IN_PROCESS_ORIGIN}${BASE_PATHS.epic}/Observation`, ({ request }) => {
        pending++
        // A history page that has not answered yet: it settles only when the app gives up on it.
        return new Promise<Response>((resolve) =>
          request.signal.addEventListener('abort', () => {
            order.push('read aborted')
            resolve(HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', entry: [] }))
          }),
        )
      }),
      http.post(revoke, () => {
        order.push('revoked')
        return new HttpResponse(null, { status: 200 })
      }),
    )
    await renderSession()
    await vi.waitFor(() => expect(pending).toBeGreaterThan(0))
    ;(await screen.findByRole('button', { name: 'Sign out' })).click()
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended')
    expect(order.at(-1)).toBe('revoked')
    expect(order.filter((o) => o === 'read aborted')).toHaveLength(pending)
  })
})
