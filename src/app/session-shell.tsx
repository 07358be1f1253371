import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Patient } from 'fhir/r4'
import { canRead, canSearch } from '../launch/grants.ts'
import { signOut } from '../launch/sign-out.ts'
import type { SmartSession } from '../launch/smart-session.ts'

const TYPES: Array<[string, string]> = [
  ['Patient', 'Demographics'],
  ['Observation', 'Lab results and vital signs'],
  ['MedicationRequest', 'Medications'],
  ['AllergyIntolerance', 'Allergies'],
]

/** Minimal session view: who, whose record, and what was shared. The chart views build on it. */
export function SessionShell({ session }: { session: SmartSession }) {
  const queryClient = useQueryClient()
  const patient = useQuery({
    queryKey: ['fhir', session.fhirBase, session.context.patientId, 'Patient'],
    queryFn: async () => {
      const res = await fetch(`${session.fhirBase}/Patient/${session.context.patientId}`, {
        headers: { accept: 'application/fhir+json', authorization: `Bearer ${await session.accessToken()}` },
      })
      if (!res.ok) throw new Error(`The server answered ${res.status}`)
      return (await res.json()) as Patient
    },
    enabled: canRead(session.grants, 'Patient'),
  })
  const name = patient.data?.name?.[0]
  const display = [name?.given?.join(' '), name?.family].filter(Boolean).join(' ')

  return (
    <main className="mx-auto max-w-3xl p-4">
      {session.context.needPatientBanner && (
        <header aria-label="Patient" className="rounded border border-gray-400 p-3">
          <span data-testid="patient-name" className="text-lg font-bold">
            {patient.isPending && patient.fetchStatus !== 'idle' ? 'Loading patient…' : display || 'Patient'}
          </span>
          {patient.data?.birthDate && <span className="ml-3 text-gray-700">Born {patient.data.birthDate}</span>}
        </header>
      )}
      <p className="mt-3 text-sm text-gray-700">
        Connected to {session.endpointName} as a {session.context.mode}.
      </p>
      <h2 className="mt-4 text-lg font-semibold">Information shared with this app</h2>
      <ul className="mt-2" data-testid="shared-types">
        {TYPES.map(([type, label]) => {
          const shared = type === 'Patient' ? canRead(session.grants, type) : canSearch(session.grants, type)
          return (
            <li key={type} data-type={type}>
              {label}: <strong>{shared ? 'shared' : 'not shared'}</strong>
            </li>
          )
        })}
      </ul>
      <p className="mt-3 text-sm break-words text-gray-700" data-testid="granted-scope">
        {session.grants.scopes.join(' ')}
      </p>
      <button
        type="button"
        className="mt-4 rounded border border-gray-600 px-4 py-2"
        onClick={async () => {
          await signOut(session)
          queryClient.clear()
        }}
      >
        Sign out
      </button>
    </main>
  )
}
