import { memo, type KeyboardEvent } from 'react'
import { useStartText } from '../i18n/start-text.ts'
import type { HealthSystem } from '../launch/brands.ts'
import type { EndpointConfig } from '../launch/endpoints.ts'

export interface Choice {
  system: HealthSystem
  endpoint: EndpointConfig
}

interface Props {
  results: HealthSystem[]
  choices: Map<HealthSystem, Choice[]>
  total: number
  query: string
  /** Developer deployments show why an entry cannot be used yet; patients never see setup wording. */
  hints: boolean
  onChoose: (endpoint: EndpointConfig) => void
}

/** Up and down move between results; up from the first goes back to the search box. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
  e.preventDefault()
  const all = [...document.querySelectorAll<HTMLElement>('#health-system-results [data-choice]')]
  const i = all.indexOf(e.target as HTMLElement)
  const next = e.key === 'ArrowDown' ? all[i + 1] : i > 0 ? all[i - 1] : document.getElementById('system-search')
  next?.focus()
}

/**
 * Rows rendered at most: more than a phone or a laptop screen shows below the search box, and few
 * enough that replacing them all on a key (the first letter typed does) fits in a frame.
 */
export const SHOWN = 20

/** At most SHOWN results are rendered, whatever the directory size, so typing stays instant. */
export function HealthSystemList({ results, choices, total, query, hints, onChoose }: Props) {
  const { t } = useStartText()
  if (total === 0) {
    return <p className="mt-4 text-gray-700">{t('systems.none')}</p>
  }
  return (
    <section aria-label={t('systems.label')} className="mt-4">
      <p aria-live="polite" className="text-sm text-gray-700">
        {query ? t('systems.matching', { count: results.length === 50 ? '50+' : results.length, total }) : t('systems.count', { total })}
      </p>
      {query && results.length === 0 && <p className="mt-2">{t('systems.noMatch', { query })}</p>}
      <ul id="health-system-results" className="mt-2 space-y-2" onKeyDown={moveFocus}>
        {results.slice(0, SHOWN).map((s) => (
          <SystemRow key={s.id} system={s} choices={choices.get(s)} hints={hints} onChoose={onChoose} />
        ))}
      </ul>
      {results.length > SHOWN && <p className="mt-2 text-sm text-gray-700">{t('systems.showingFirst', { shown: SHOWN })}</p>}
    </section>
  )
}

interface RowProps {
  system: HealthSystem
  choices: Choice[] | undefined
  hints: boolean
  onChoose: (endpoint: EndpointConfig) => void
}

/** Memoized: a key typed renders only the rows that were not in the list before. */
const SystemRow = memo(function SystemRow({ system: s, choices, hints, onChoose }: RowProps) {
  const { t } = useStartText()
  return (
    <li>
      {(choices ?? []).map(({ endpoint }) =>
        endpoint.clientId ? (
          <button
            key={endpoint.fhirBase}
            data-choice
            type="button"
            className="w-full rounded border border-gray-400 p-3 text-left hover:bg-gray-50 focus:outline-2 focus:outline-blue-700"
            onClick={() => onChoose(endpoint)}
          >
            <span className="block font-semibold">{s.name}</span>
            <span className="block text-sm text-gray-700">{[...s.places, s.endpoints.length > 1 ? endpoint.name : ''].filter(Boolean).join(' · ')}</span>
          </button>
        ) : (
          hints && (
            <div key={endpoint.fhirBase} className="rounded border border-dashed border-gray-400 p-3">
              <span className="block font-semibold">{s.name}</span>
              <span className="block text-sm text-gray-700">{t('systems.notSetUp', { setting: endpoint.clientIdSetting ?? '' })}</span>
            </div>
          )
        ),
      )}
    </li>
  )
})
