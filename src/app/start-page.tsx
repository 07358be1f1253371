import { useState } from 'react'
import { endpoints, type SmartEndpoint } from '../launch/endpoints.ts'
import { startStandalone } from '../launch/authorize.ts'

export function StartPage() {
  const [error, setError] = useState<string>()
  const choices = endpoints.filter((e) => e.launch.includes('standalone'))

  async function connect(endpoint: SmartEndpoint) {
    setError(undefined)
    try {
      await startStandalone(endpoint)
    } catch (e) {
      setError(`Could not reach ${endpoint.name}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">Connect your health record</h1>
      <p className="mt-2 text-gray-700">Choose your health system and sign in.</p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 p-3 text-red-800">
          {error}
        </p>
      )}
      <ul className="mt-4 space-y-2">
        {choices.map((e) => (
          <li key={e.id}>
            {e.clientId ? (
              <button type="button" className="w-full rounded border p-3 text-left hover:bg-gray-50" onClick={() => connect(e)}>
                {e.name}
              </button>
            ) : (
              <p className="rounded border border-dashed p-3 text-gray-600">
                {e.name}: not configured. Set its client id in <code>.env</code> (see README).
              </p>
            )}
          </li>
        ))}
      </ul>
    </main>
  )
}
