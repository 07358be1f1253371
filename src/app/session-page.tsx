import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { completeLaunch } from '../launch/session.ts'
import { getSessionStatus, subscribeSessionStatus } from '../launch/session-status.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { prepareEmbedding } from '../launch/embedding.ts'
import { wordingOf } from '../launch/failure.ts'
import { LAUNCH_CATALOGS } from '../i18n/launch-text.ts'
import { useText } from '../i18n/text.ts'
import { useStartText } from '../i18n/start-text.ts'
import { inEhr, Problem, StartOverLink as StartOver } from './problem.tsx'
import { ChartShell } from './chart-shell.tsx'
import { prefetchSummary } from '../features/summary/prefetch.ts'

type Outcome = { session: SmartSession } | { error: unknown }

export function SessionPage({ redirect }: { redirect: RedirectParams }) {
  const [outcome, setOutcome] = useState<Outcome>()
  const status = useSyncExternalStore(subscribeSessionStatus, getSessionStatus)
  const { t, locale } = useText(LAUNCH_CATALOGS)
  const { t: st } = useStartText()
  const queryClient = useQueryClient()

  useEffect(() => {
    completeLaunch(redirect)
      .then((session) => {
        prefetchSummary(queryClient, session)
        if (window.location.pathname !== '/app') window.history.replaceState(null, '', '/app')
        setOutcome({ session })
        // Frame integration is a nicety: if it fails the app still works, so it never blocks the session.
        prepareEmbedding(session.fhirBase).catch(() => undefined)
      })
      .catch((e: unknown) => setOutcome({ error: e }))
  }, [redirect, queryClient])

  // Once the session ends nothing read with it stays in memory either.
  useEffect(() => {
    if (status !== 'active') queryClient.clear()
  }, [status, queryClient])
  const launch = outcome && 'session' in outcome ? outcome.session.launch : undefined
  const again = <StartOver ehr={inEhr(launch)} />

  if (status === 'signed-out') {
    return (
      <Problem title={t('session.signedOut.title')} action={again}>
        {t('session.signedOut.body')}
      </Problem>
    )
  }
  if (status === 'idle') {
    return (
      <Problem title={t('session.idle.title')} action={again}>
        {t('session.idle.body')}
      </Problem>
    )
  }
  if (status === 'expired') {
    return (
      <Problem title={t('session.expired.title')} action={again}>
        {t('session.expired.body')}
      </Problem>
    )
  }
  if (!outcome)
    return (
      <p className="p-6" role="status">
        {st('session.finishing')}
      </p>
    )
  if ('error' in outcome) {
    const { title, message } = wordingOf(outcome.error, locale, t('launchError.failed.title'))
    return (
      <Problem title={title} action={again}>
        {message}
      </Problem>
    )
  }
  return <ChartShell session={outcome.session} />
}
