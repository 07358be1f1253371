import { useEffect, useState } from 'react'
import { startEhrLaunch } from '../launch/authorize.ts'
import { endpointForIss } from '../launch/endpoints.ts'

export function EhrLaunchPage({ search }: { search: string }) {
  const params = new URLSearchParams(search)
  const iss = params.get('iss') ?? ''
  const launch = params.get('launch')
  const endpoint = endpointForIss(iss)
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!endpoint || !launch) return
    startEhrLaunch(endpoint).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [endpoint, launch])

  if (!launch) return <Problem title="Missing launch" text="Open this app from your EHR." />
  if (!endpoint) {
    return <Problem title="Server not allowed" text={`This app is not set up to connect to "${iss}". Nothing was sent to it.`} />
  }
  if (error) return <Problem title="Launch failed" text={error} />
  return <p className="p-6">Connecting to {endpoint.name}…</p>
}

function Problem({ title, text }: { title: string; text: string }) {
  return (
    <main className="mx-auto max-w-xl p-6" role="alert">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-2">{text}</p>
    </main>
  )
}
