import { useEffect, useState } from 'react'
import type { Patient } from 'fhir/r4'
import { completeLaunch } from '../launch/session.ts'

interface Connected {
  patientName: string
  scope: string
  fhirUser: string
}

export function CallbackPage() {
  const [result, setResult] = useState<Connected>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    let live = true
    completeLaunch()
      .then(async (client) => {
        const patient = (await client.patient.read()) as Patient
        const n = patient.name?.[0]
        if (!live) return
        setResult({
          patientName: [n?.given?.join(' '), n?.family].filter(Boolean).join(' ') || 'Unknown',
          scope: String(client.state.tokenResponse?.scope ?? ''),
          fhirUser: client.getFhirUser() ?? '',
        })
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [])

  if (error) {
    return (
      <main className="mx-auto max-w-xl p-6" role="alert">
        <h1 className="text-xl font-bold">Sign-in did not complete</h1>
        <p className="mt-2">{error}</p>
      </main>
    )
  }
  if (!result) return <p className="p-6">Finishing sign-in…</p>
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">Connected</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Patient</dt>
        <dd data-testid="patient-name">{result.patientName}</dd>
        <dt className="font-semibold">Signed in as</dt>
        <dd>{result.fhirUser}</dd>
        <dt className="font-semibold">Granted</dt>
        <dd data-testid="granted-scope" className="break-words">{result.scope}</dd>
      </dl>
    </main>
  )
}
