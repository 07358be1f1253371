import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The chart's chunk, under the test's control: it arrives (or fails) when the test says so.
let fail: (error: unknown) => void = () => undefined
vi.mock('./lazy-routes.ts', () => ({
  loadChart: () =>
    new Promise((_resolve, reject) => {
      fail = reject
    }),
  loadEhrLaunch: () => new Promise(() => undefined),
  loadAuthorize: () => new Promise(() => undefined),
  prefetch: () => undefined,
}))

beforeEach(() => vi.resetModules())

async function renderAt(path: string) {
  const { App } = await import('./app.tsx')
  render(<App path={path} search="" redirect={{}} />)
}

describe('App on the chart routes', () => {
  it('says the sign-in is finishing until the chart has arrived', async () => {
    await renderAt('/callback')
    expect(screen.getByRole('status')).toHaveTextContent(/finishing/i)
    expect(screen.queryByRole('heading', { name: 'The chart' })).toBeNull()
  })

  it('a chart that cannot be loaded is said in both languages, with a way to reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await renderAt('/app')
    await act(async () => fail(new TypeError('Failed to fetch dynamically imported module')))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('a part of it could not be loaded')
    expect(alert).toHaveTextContent('no se pudo cargar una parte')
    expect(screen.getByRole('button', { name: /Reload the app/ })).toBeVisible()
  })
})
