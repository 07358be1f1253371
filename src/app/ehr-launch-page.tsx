import { useEffect, useState } from 'react'
import { beginLaunch } from '../launch/authorize.ts'
import { endpoints } from '../launch/endpoints.ts'
import { checkIss } from '../launch/iss-allowlist.ts'
import { sessionStorageUsable } from '../launch/storage.ts'
import { Problem } from './problem.tsx'

const ehrEndpoints = endpoints.filter((e) => e.launch.includes('ehr'))

export function EhrLaunchPage({ search }: { search: string }) {
  const params = new URLSearchParams(search)
  const iss = params.get('iss')
  const launch = params.get('launch')
  // Decided before any network request: a refused server never hears from the app.
  const check = checkIss(iss, ehrEndpoints)
  const endpoint = check.ok ? check.endpoint : undefined
  const [error, setError] = useState<{ title: string; message: string }>()
  const storage = sessionStorageUsable()

  useEffect(() => {
    if (!endpoint?.clientId || !launch || !storage) return
    beginLaunch(endpoint, 'ehr', launch).catch((e: unknown) =>
      setError({ title: (e as { title?: string }).title ?? 'Launch failed', message: e instanceof Error ? e.message : String(e) }),
    )
  }, [endpoint, launch, storage])

  if (!check.ok) {
    return (
      <Problem title="Server not allowed">
        This app refused to connect to <strong>{iss ?? '(none)'}</strong>. {check.reason} Nothing was sent to it.
      </Problem>
    )
  }
  if (!launch) return <Problem title="Missing launch">Open this app from your EHR; the launch code is missing.</Problem>
  if (!check.endpoint.clientId) {
    return (
      <Problem title="App not configured for this server">
        {check.endpoint.name} needs a client id. Set {check.endpoint.clientIdEnv} (see README).
      </Problem>
    )
  }
  if (!storage) {
    return (
      <Problem
        title="Open the app in its own window"
        action={
          <a className="inline-block rounded bg-blue-700 px-4 py-2 text-white" href={window.location.href} target="_blank" rel="noopener">
            Open in a new window
          </a>
        }
      >
        This browser blocks storage for apps shown inside another site, so the sign-in cannot be kept in this frame.
      </Problem>
    )
  }
  if (error) return <Problem title={error.title}>{error.message}</Problem>
  return <p className="p-6">Connecting to {check.endpoint.name}…</p>
}
