import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { RedirectParams } from '../launch/redirect-params.ts'
import { completeLaunch } from '../launch/session.ts'
import { getSessionStatus, subscribeSessionStatus } from '../launch/session-status.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { prepareEmbedding } from '../launch/embedding.ts'
import { inEhr, Problem, StartOverLink as StartOver } from './problem.tsx'
import { ChartShell } from './chart-shell.tsx'

type Outcome = { session: SmartSession } | { error: { title: string; message: string } }

export function SessionPage({ redirect }: { redirect: RedirectParams }) {
  const [outcome, setOutcome] = useState<Outcome>()
  const status = useSyncExternalStore(subscribeSessionStatus, getSessionStatus)

  useEffect(() => {
    completeLaunch(redirect)
      .then((session) => {
        if (window.location.pathname !== '/app') window.history.replaceState(null, '', '/app')
        setOutcome({ session })
        // Frame integration is a nicety: if it fails the app still works, so it never blocks the session.
        prepareEmbedding(session.fhirBase).catch(() => undefined)
      })
      .catch((e: unknown) =>
        setOutcome({ error: { title: (e as { title?: string }).title ?? 'Sign-in failed', message: e instanceof Error ? e.message : String(e) } }),
      )
  }, [redirect])

  const queryClient = useQueryClient()
  // Once the session ends nothing read with it stays in memory either.
  useEffect(() => {
    if (status !== 'active') queryClient.clear()
  }, [status, queryClient])
  const launch = outcome && 'session' in outcome ? outcome.session.launch : undefined
  const again = <StartOver ehr={inEhr(launch)} />

  if (status === 'signed-out') {
    return <Problem title="Signed out" action={again}>Your session has ended and this tab no longer holds your information.</Problem>
  }
  if (status === 'idle') {
    return <Problem title="Signed out after inactivity" action={again}>Nobody used the app for a while, so it signed out and cleared this tab.</Problem>
  }
  if (status === 'expired') {
    return <Problem title="Session expired" action={again}>For your security the session has ended. Sign in again, or open the app again from your EHR.</Problem>
  }
  if (!outcome) return <p className="p-6" role="status">Finishing sign-in…</p>
  if ('error' in outcome) {
    return <Problem title={outcome.error.title} action={again}>{outcome.error.message}</Problem>
  }
  return <ChartShell session={outcome.session} />
}
