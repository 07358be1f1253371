// React's test mode (act) reveals suspended content at once, which hides what a real browser gets: after
// a Suspense fallback has appeared, React holds the content back until 300 ms have passed. So this
// renders as a browser does, outside act, and on the real clock.
import { waitFor } from '@testing-library/react'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

let arrive: (chart: unknown) => void = () => undefined
vi.mock('./lazy-routes.ts', () => ({
  loadChart: () => new Promise((resolve) => (arrive = resolve)),
  loadEhrLaunch: () => new Promise(() => undefined),
  loadAuthorize: () => new Promise(() => undefined),
  prefetch: () => undefined,
}))

const actMode = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
const before = actMode.IS_REACT_ACT_ENVIRONMENT
beforeAll(() => void (actMode.IS_REACT_ACT_ENVIRONMENT = false))
afterAll(() => void (actMode.IS_REACT_ACT_ENVIRONMENT = before))

it('shows the chart as soon as its code arrives, not after a fixed hold behind the placeholder', async () => {
  const { createRoot } = await import('react-dom/client')
  const { App } = await import('./app.tsx')
  const host = document.body.appendChild(document.createElement('div'))
  const root = createRoot(host)
  root.render(<App path="/app" search="" redirect={{}} />)
  await waitFor(() => expect(host).toHaveTextContent(/finishing/i), { interval: 1 })
  arrive({ ChartEntry: () => <h1>The chart</h1> })
  // 250 ms: React's hold would still be on; showing the chart takes a few milliseconds.
  await waitFor(() => expect(host.querySelector('h1')).toHaveTextContent('The chart'), { timeout: 250, interval: 5 })
  root.unmount()
})
