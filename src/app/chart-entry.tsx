// The signed-in side of the app as one lazy chunk: the session, the chart and the language catalog
// arrive together, so the start page never downloads them.
import { I18nProvider } from '../i18n/i18n.tsx'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { SessionPage } from './session-page.tsx'

export function ChartEntry({ redirect }: { redirect: RedirectParams }) {
  return (
    <I18nProvider>
      <SessionPage redirect={redirect} />
    </I18nProvider>
  )
}
