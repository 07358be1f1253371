import { render, screen } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { createSandbox } from '../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../mocks/testing/msw.ts'
import { BASE_PATHS, mintToken } from '../../mocks/testing/tokens.ts'

const sandbox = createSandbox()
const server = setupServer(...sandboxHandlers(sandbox))
const lorraine = patientByKey('lorraine')!

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  sessionStorage.clear()
  window.history.replaceState({}, '', '/callback')
  vi.resetModules()
})
afterEach(() => server.resetHandlers())

/** What fhirclient keeps in sessionStorage after a completed code exchange. */
function seedSession(accessToken: string) {
  const key = crypto.randomUUID()
  const base = IN_PROCESS_ORIGIN + BASE_PATHS.epic
  sessionStorage.setItem('SMART_KEY', JSON.stringify(key))
  sessionStorage.setItem(
    key,
    JSON.stringify({
      key,
      serverUrl: base,
      clientId: 'epic-sandbox-app',
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      tokenResponse: {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'launch/patient openid patient/Patient.rs',
        patient: lorraine.ids.epic,
      },
    }),
  )
}

async function renderCallback() {
  const { CallbackPage } = await import('./callback-page.tsx')
  render(<CallbackPage />)
}

describe('CallbackPage against the in-process sandbox', () => {
  it('shows the launch patient read from the FHIR server', async () => {
    seedSession(mintToken(sandbox, IN_PROCESS_ORIGIN, 'epic', { patientId: lorraine.ids.epic }))
    await renderCallback()
    expect(await screen.findByTestId('patient-name')).toHaveTextContent('Lorraine Folake Adeyemi')
    expect(screen.getByTestId('granted-scope')).toHaveTextContent('patient/Patient.rs')
  })

  it('explains instead of crashing when the tab has no session (new tab, lost storage)', async () => {
    await renderCallback()
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in did not complete')
  })
})
