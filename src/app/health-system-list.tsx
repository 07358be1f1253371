import type { HealthSystem } from '../launch/brands.ts'
import { endpointFromAddress } from '../launch/endpoints.ts'

interface Props {
  systems: HealthSystem[]
  total: number
  query: string
  onChoose: (system: HealthSystem, endpointIndex: number) => void
}

/** At most a page of results is rendered, whatever the bundle size, so typing stays instant. */
export function HealthSystemList({ systems, total, query, onChoose }: Props) {
  return (
    <section aria-label="Health systems" className="mt-4">
      <p aria-live="polite" className="text-sm text-gray-700">
        {query ? `${systems.length === 50 ? '50+' : systems.length} of ${total} health systems match` : `${total} health systems`}
      </p>
      <ul className="mt-2 space-y-2">
        {systems.map((s) => (
          <li key={s.id}>
            {s.endpoints.map((e, i) => {
              const cfg = endpointFromAddress(e.id, s.name, e.address, ['standalone'])
              return cfg.clientId ? (
                <button
                  key={e.id}
                  type="button"
                  className="w-full rounded border border-gray-400 p-3 text-left hover:bg-gray-50 focus:outline-2 focus:outline-blue-700"
                  onClick={() => onChoose(s, i)}
                >
                  <span className="block font-semibold">{s.name}</span>
                  <span className="block text-sm text-gray-700">{[e.name, ...s.places].join(' · ')}</span>
                </button>
              ) : (
                <div key={e.id} className="rounded border border-dashed border-gray-400 p-3">
                  <span className="block font-semibold">{s.name}</span>
                  <span className="block text-sm text-gray-700">
                    Not set up yet: this app needs a client id for it ({cfg.clientIdEnv} in .env, see README).
                  </span>
                </div>
              )
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}
