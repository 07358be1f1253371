// React's test mode (act) reveals suspended content at once, which hides what a browser gets: after a
// Suspense fallback has appeared, React holds the content back until 300 ms have passed. So this file
// renders as a browser does, outside act, on a fake clock installed before React loads (it runs in a
// project of its own, without the setup file that would load React first): React's scheduler and its
// hold then run on that clock, and time passes only when the test says so.
import { afterAll, expect, it, vi } from 'vitest'

vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'performance', 'Date'] })
afterAll(() => vi.useRealTimers())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

let arrive: (chart: unknown) => void = () => undefined
let arriveLaunch: (page: unknown) => void = () => undefined
vi.mock('./lazy-routes.ts', () => ({
  loadChart: () => new Promise((resolve) => (arrive = resolve)),
  loadEhrLaunch: () => new Promise((resolve) => (arriveLaunch = resolve)),
  loadAuthorize: () => new Promise(() => undefined),
  prefetch: () => undefined,
}))

it('shows the chart as soon as its code arrives, not after a fixed hold behind the placeholder', async () => {
  const { createRoot } = await import('react-dom/client')
  const { App } = await import('./app.tsx')
  const host = document.body.appendChild(document.createElement('div'))
  createRoot(host).render(<App path="/app" search="" redirect={{}} />)
  await vi.advanceTimersByTimeAsync(20)
  expect(host.textContent).toMatch(/finishing/i)
  arrive({ ChartEntry: () => <h1>The chart</h1> })
  // 50 ms on React's clock: well inside the hold, far more than showing the chart needs.
  await vi.advanceTimersByTimeAsync(50)
  expect(host.querySelector('h1')?.textContent).toBe('The chart')
})

it('starts an EHR launch as soon as its page’s code arrives: the allowlist check, discovery and the redirect wait for nothing else', async () => {
  const { createRoot } = await import('react-dom/client')
  const { App } = await import('./app.tsx')
  const host = document.body.appendChild(document.createElement('div'))
  createRoot(host).render(<App path="/launch" search="?iss=x&launch=y" redirect={{}} />)
  await vi.advanceTimersByTimeAsync(20)
  expect(host.querySelector('h1')).toBeNull()
  arriveLaunch({ EhrLaunchPage: ({ search }: { search: string }) => <h1>Checking {search}</h1> })
  await vi.advanceTimersByTimeAsync(50)
  expect(host.querySelector('h1')?.textContent).toBe('Checking ?iss=x&launch=y')
})
