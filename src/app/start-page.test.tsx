import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
beforeEach(() => vi.resetModules())

async function renderStart() {
  const { StartPage } = await import('./start-page.tsx')
  const { Providers } = await import('./providers.tsx')
  render(
    <Providers>
      <StartPage />
    </Providers>,
  )
}

describe('StartPage with a deploy-time file', () => {
  it('an invalid file names every problem instead of showing a picker', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ clientIds: { cerner: 'x' }, sandbox: 'yes' })))
    await renderStart()
    expect(await screen.findByRole('heading', { name: 'This app is not set up correctly' }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('"clientIds.cerner" is not a known client id')
    expect(screen.getByRole('alert')).toHaveTextContent('"sandbox" must be true or false.')
  })

  it('a directory that yields nothing says so, and what did load is offered', async () => {
    server.use(
      http.get('*/chart-lens.config.json', () =>
        HttpResponse.json({ directories: [], sandbox: false, brandsBundles: ['https://brands.test/b.json'], organizations: [{ name: 'Valley Clinic', fhirBase: 'https://fhir.valley.test/r4' }], clientIds: { other: 'app' } }),
      ),
      http.get('https://brands.test/b.json', () => HttpResponse.json({ resourceType: 'Bundle', entry: [] })),
    )
    await renderStart()
    expect(await screen.findByRole('button', { name: /Valley Clinic/ }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByText(/The brands bundle https:\/\/brands.test\/b.json yielded 0 health systems/)).toBeVisible()
  })

  it('"Switch record" comes back with a server to launch again: a server this page does not offer is never launched', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ directories: [], sandbox: false, organizations: [{ name: 'Valley Clinic', fhirBase: 'https://fhir.valley.test/r4' }], clientIds: { other: 'app' } })))
    window.history.replaceState(null, '', '/?reconnect=https%3A%2F%2Fevil.example%2Ffhir')
    await renderStart()
    expect(await screen.findByRole('button', { name: /Valley Clinic/ }, { timeout: 5000 })).toBeVisible()
    expect(screen.queryByText(/so you can choose a record/)).toBeNull()
    expect(window.location.search).toBe('?reconnect=https%3A%2F%2Fevil.example%2Ffhir')
    window.history.replaceState(null, '', '/')
  })

  it('shows the first 20 matches and says so; a narrower search shows all of its matches', async () => {
    const organizations = Array.from({ length: 30 }, (_, i) => ({ name: `Valley Clinic ${i + 1}`, fhirBase: `https://fhir.valley${i + 1}.test/r4` }))
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ directories: [], sandbox: false, organizations, clientIds: { other: 'app' } })))
    await renderStart()
    const list = await screen.findByRole('region', { name: 'Health systems' }, { timeout: 5000 })
    expect(within(list).getAllByRole('button')).toHaveLength(20)
    expect(screen.getByText('Showing the first 20. Type more of the name, city or state to narrow the list.')).toBeVisible()

    await userEvent.type(screen.getByLabelText('Health system, city or portal name'), 'clinic 2')
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Valley Clinic 2', ...Array.from({ length: 10 }, (_, i) => `Valley Clinic ${i + 20}`),
    ])
    expect(screen.queryByText(/Showing the first/)).toBeNull()
  })
})
