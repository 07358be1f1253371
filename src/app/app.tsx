import { useEffect, useState } from 'react'
import { ErrorBoundary } from '../components/ui/error-boundary.tsx'
import { useStartText } from '../i18n/start-text.ts'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { loadChart, loadEhrLaunch } from './lazy-routes.ts'
import { StartPage } from './start-page.tsx'

// Same words and size as the session page's own first state, so nothing moves when it takes over.
function Finishing() {
  const { t } = useStartText()
  return (
    <p className="p-6" role="status">
      {t('session.finishing')}
    </p>
  )
}

/**
 * A route's chunk, once it has arrived. Not `lazy` with Suspense: React holds a boundary's content back
 * for 300 ms after its fallback appeared, longer than a chunk takes on a good connection, and on an EHR
 * launch that hold came before the allowlist check, discovery and the authorize redirect. A chunk that
 * will not load is thrown to the error boundary.
 */
function useModule<M>(load: () => Promise<M>, wanted: boolean): M | undefined {
  const [loaded, setLoaded] = useState<{ module: M } | { error: unknown }>()
  useEffect(() => {
    if (!wanted) return
    let current = true
    load().then(
      (module) => current && setLoaded({ module }),
      (error: unknown) => current && setLoaded({ error }),
    )
    return () => {
      current = false
    }
  }, [load, wanted])
  if (loaded && 'error' in loaded) throw loaded.error
  return loaded?.module
}

function Routes({ path, search, redirect }: { path: string; search: string; redirect: RedirectParams }) {
  const onChart = path === '/callback' || path === '/app'
  const chart = useModule(loadChart, onChart)
  const ehrLaunch = useModule(loadEhrLaunch, path === '/launch')
  if (path === '/launch') return ehrLaunch ? <ehrLaunch.EhrLaunchPage search={search} /> : null
  if (onChart) return chart ? <chart.ChartEntry redirect={redirect} /> : <Finishing />
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
