import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { beginLaunch } from '../launch/authorize.ts'
import { ConfigError, loadDeployConfig } from '../launch/deploy-config.ts'
import { loadDirectory } from '../launch/directory.ts'
import { ehrEndpoints } from '../launch/endpoints.ts'
import { checkIss } from '../launch/iss-allowlist.ts'
import { sessionStorageUsable } from '../launch/storage.ts'
import { Problem } from './problem.tsx'

/** The allowlist: every EHR-capable base of the configured directories and organizations (same-origin files only). */
async function loadAllowed() {
  const config = await loadDeployConfig()
  const { systems, problems } = await loadDirectory(config, 'ehr')
  return { endpoints: ehrEndpoints(systems, config), problems, hints: config.developerHints }
}

export function EhrLaunchPage({ search }: { search: string }) {
  const params = new URLSearchParams(search)
  const iss = params.get('iss')
  const launch = params.get('launch')
  const allowed = useQuery({ queryKey: ['ehr-endpoints'], queryFn: loadAllowed, staleTime: Infinity, retry: false })
  // Decided before any request to iss: a refused server never hears from the app.
  const check = allowed.data ? checkIss(iss, allowed.data.endpoints) : undefined
  const endpoint = check?.ok ? check.endpoint : undefined
  const [error, setError] = useState<{ title: string; message: string }>()
  const storage = sessionStorageUsable()

  useEffect(() => {
    if (!endpoint?.clientId || !launch || !storage || !allowed.data) return
    beginLaunch(endpoint, 'ehr', launch, allowed.data.endpoints).catch((e: unknown) =>
      setError({ title: (e as { title?: string }).title ?? 'Launch failed', message: e instanceof Error ? e.message : String(e) }),
    )
  }, [endpoint, launch, storage, allowed.data])

  if (allowed.isError) {
    const title = allowed.error instanceof ConfigError ? 'This app is not set up correctly' : 'The app could not start'
    return <Problem title={title}>{allowed.error.message}</Problem>
  }
  if (!check) return <p className="p-6" role="status">Checking the launch…</p>
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
        This app is not yet set up for {check.endpoint.name}.
        {allowed.data?.hints ? ` Set ${check.endpoint.clientIdSetting} (see README, Deploy).` : ' Please tell your EHR support team.'}
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
