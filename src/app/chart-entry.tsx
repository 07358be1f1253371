// The signed-in side of the app as one lazy chunk: the session, the chart and the language catalog
// arrive together, so the start page never downloads them.
import type { QueryClient } from '@tanstack/react-query'
import { prefetchSummary } from '../features/summary/prefetch.ts'
import { I18nProvider } from '../i18n/i18n.tsx'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { completeLaunch } from '../launch/session.ts'
import { SessionPage } from './session-page.tsx'

/**
 * Finishes the launch and starts the Summary's reads as soon as this chunk has run, before React has
 * rendered it: the reads then overlap the chart's first render, commit and layout instead of waiting
 * for them. The session page shows the outcome; it shares the one launch and the cache entries, so
 * nothing runs twice.
 */
export function startSession(redirect: RedirectParams, client: QueryClient): void {
  completeLaunch(redirect).then(
    (session) => prefetchSummary(client, session),
    () => undefined,
  )
}

export function ChartEntry({ redirect }: { redirect: RedirectParams }) {
  return (
    <I18nProvider>
      <SessionPage redirect={redirect} />
    </I18nProvider>
  )
}
