import { ErrorBoundary } from '../components/ui/error-boundary.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { EhrLaunchPage } from './ehr-launch-page.tsx'
import { SessionPage } from './session-page.tsx'
import { StartPage } from './start-page.tsx'

function Routes({ path, search, redirect }: { path: string; search: string; redirect: RedirectParams }) {
  if (path === '/launch') return <EhrLaunchPage search={search} />
  if (path === '/callback' || path === '/app') return <SessionPage redirect={redirect} />
  return <StartPage />
}

/** The last line of defence: whatever throws while rendering, the page is never left blank. */
function Crashed() {
  const { t } = useI18n()
  return (
    <main className="mx-auto max-w-xl p-6">
      <p role="alert">{t('chunk.crashed')}</p>
      <button type="button" className="btn mt-4" onClick={() => window.location.reload()}>
        {t('chunk.reloadPage')}
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
