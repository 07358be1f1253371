import { useMemo, useState, type ReactNode } from 'react'
import { useStartText } from '../i18n/start-text.ts'
import { searchHealthSystems, type HealthSystem } from '../launch/brands.ts'
import type { EndpointConfig } from '../launch/endpoints.ts'
import { HealthSystemList, type Choice } from './health-system-list.tsx'
import { loadAuthorize, prefetch } from './lazy-routes.ts'

export interface Offer {
  systems: HealthSystem[]
  choices: Map<HealthSystem, Choice[]>
  hints: boolean
}

interface Props {
  /** Undefined while the directories load. */
  offer: Offer | undefined
  onChoose: (endpoint: EndpointConfig) => void
  /** Shown between the box and the list (notices about the directories, a failed launch). */
  children?: ReactNode
}

/**
 * The search box and its results. The query lives here, not in the start page, so a key renders the
 * box and the list and nothing else on the page. It is searched in the key's own render, not deferred:
 * the list changes in the same frame as the box (a search of the ~1,850 shipped entries takes well
 * under a millisecond once indexed).
 */
export function HealthSystemSearch({ offer, onChoose, children }: Props) {
  const { t } = useStartText()
  const [query, setQuery] = useState('')
  const results = useMemo(() => (offer ? searchHealthSystems(offer.systems, query) : []), [offer, query])
  return (
    <>
      <label htmlFor="system-search" className="mt-6 block font-semibold">
        {t('start.search')}
      </label>
      <input
        id="system-search"
        type="search"
        autoComplete="off"
        aria-controls="health-system-results"
        className="mt-1 w-full rounded border border-gray-500 p-2 text-lg"
        value={query}
        // Reaching for the search box means a launch is coming: fetch the OAuth code before a system
        // is chosen, and before the typing starts, so loading it never delays a keystroke.
        onFocus={() => prefetch(loadAuthorize)}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return
          e.preventDefault()
          document.querySelector<HTMLElement>('#health-system-results [data-choice]')?.focus()
        }}
      />
      {children}
      {offer ? (
        <HealthSystemList results={results} choices={offer.choices} total={offer.systems.length} query={query} hints={offer.hints} onChoose={onChoose} />
      ) : (
        // A screen's height: the list that replaces it fills at least that, so what follows it (the
        // footer) starts below the fold instead of jumping there when the list arrives.
        <p role="status" className="mt-4 min-h-screen text-gray-700">
          {t('start.loading')}
        </p>
      )}
    </>
  )
}
