import { lazy, Suspense, useEffect } from 'react'
import { ErrorBoundary } from '../components/ui/error-boundary.tsx'
import { useStartText } from '../i18n/start-text.ts'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { loadChart, loadEhrLaunch, prefetch } from './lazy-routes.ts'
import { StartPage } from './start-page.tsx'

const ChartEntry = lazy(() => loadChart().then((m) => ({ default: m.ChartEntry })))
const EhrLaunchPage = lazy(() => loadEhrLaunch().then((m) => ({ default: m.EhrLaunchPage })))

// Same words and size as the session page's own first state, so nothing moves when it takes over.
function Finishing() {
  const { t } = useStartText()
  return (
    <p className="p-6" role="status">
      {t('session.finishing')}
    </p>
  )
}

function Routes({ path, search, redirect }: { path: string; search: string; redirect: RedirectParams }) {
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
      <Suspense fallback={<Finishing />}>
        <ChartEntry redirect={redirect} />
      </Suspense>
    )
  return <StartPage />
}

/**
 * The last line of defence: whatever throws while rendering (a chart chunk that will not load included),
 * the page is never left blank. It sits outside the lazily loaded language catalogs, so it says it in
 * both languages.
 */
function Crashed() {
  return (
    <main className="mx-auto max-w-xl p-6">
      <p role="alert">
        <span lang="en">The app stopped because of an error, or a part of it could not be loaded.</span>{' '}
        <span lang="es">La aplicación se detuvo por un error o no se pudo cargar una parte.</span>
      </p>
      <button type="button" className="btn mt-4" onClick={() => window.location.reload()}>
        <span lang="en">Reload the app</span> / <span lang="es">Volver a cargar</span>
      </button>
    </main>
  )
}

export function App(props: { path: string; search: string; redirect: RedirectParams }) {
  return (
    <ErrorBoundary fallback={() => <Crashed />}>
      <Routes {...props} />
    </ErrorBoundary>
  )
}
