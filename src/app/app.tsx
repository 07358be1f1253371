import { lazy, Suspense, useEffect } from 'react'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { loadChart, loadEhrLaunch, prefetch } from './lazy-routes.ts'
import { StartPage } from './start-page.tsx'

const ChartEntry = lazy(() => loadChart().then((m) => ({ default: m.ChartEntry })))
const EhrLaunchPage = lazy(() => loadEhrLaunch().then((m) => ({ default: m.EhrLaunchPage })))

// Same words and size as the session page's own first state, so nothing moves when it takes over.
const finishing = (
  <p className="p-6" role="status">
    Finishing sign-in…
  </p>
)

export function App({ path, search, redirect }: { path: string; search: string; redirect: RedirectParams }) {
  useEffect(() => {
    // An EHR launch goes on to the chart: fetch it while the authorization server is busy.
    if (path === '/launch') prefetch(loadChart)
  }, [path])
  if (path === '/launch')
    return (
      <Suspense fallback={null}>
        <EhrLaunchPage search={search} />
      </Suspense>
    )
  if (path === '/callback' || path === '/app')
    return (
      <Suspense fallback={finishing}>
        <ChartEntry redirect={redirect} />
      </Suspense>
    )
  return <StartPage />
}
