import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { prepareSearch, type HealthSystem } from '../launch/brands.ts'
import { ConfigError, loadDeployConfig } from '../launch/deploy-config.ts'
import { loadDirectory } from '../launch/directory.ts'
import { isNoAnswer, wordingOf } from '../launch/failure.ts'
import { useStartText } from '../i18n/start-text.ts'
import { setLocale, type Locale } from '../i18n/locale.ts'
import { endpointForSystem, type EndpointConfig } from '../launch/endpoints.ts'
import { loadLastChoice, saveLastChoice } from '../launch/last-choice.ts'
import type { Choice } from './health-system-list.tsx'
import { HealthSystemSearch } from './health-system-search.tsx'
import { LegalFooter } from './legal-footer.tsx'
import { loadAuthorize, loadChart, prefetch } from './lazy-routes.ts'
import { Problem } from './problem.tsx'
import { BrandMark } from '../components/ui/brand-mark.tsx'

async function loadOffer() {
  const config = await loadDeployConfig()
  const { systems, problems } = await loadDirectory(config, 'standalone')
  // Only what a patient can actually use is offered, unless the deployment asks for setup hints.
  const choices = new Map<HealthSystem, Choice[]>()
  for (const s of systems) {
    const usable = s.endpoints
      .map((_, i) => endpointForSystem(s, i, config))
      .filter((e) => e.launch.includes('standalone') && (e.clientId || config.developerHints))
      .map((endpoint) => ({ system: s, endpoint }))
    if (usable.length) choices.set(s, usable)
  }
  const offered = [...choices.keys()]
  // Built now, while the page waits for nothing, rather than on the first key typed.
  prepareSearch(offered)
  return { choices, systems: offered, problems, hints: config.developerHints }
}

async function launchFrom(endpoint: EndpointConfig, setError: (e: { cause: unknown; system: string } | undefined) => void) {
  setError(undefined)
  // The chart is what comes back from the sign-in: start its download now.
  prefetch(loadChart)
  try {
    saveLastChoice({ name: endpoint.name, fhirBase: endpoint.fhirBase })
    const { beginLaunch } = await loadAuthorize()
    await beginLaunch(endpoint, 'standalone')
  } catch (err) {
    setError({ cause: err, system: endpoint.name })
  }
}

export function StartPage() {
  const [error, setError] = useState<{ cause: unknown; system: string }>()
  const { t, locale } = useStartText()
  const [last] = useState(loadLastChoice)
  const offer = useQuery({ queryKey: ['health-systems'], queryFn: loadOffer, staleTime: Infinity, retry: false })
  const lastChoice = useMemo(() => {
    if (!last || !offer.data) return undefined
    for (const list of offer.data.choices.values()) for (const c of list) if (c.endpoint.fhirBase === last.fhirBase && c.endpoint.clientId) return c
    return undefined
  }, [last, offer.data])

  // Stable across renders, so the rows of the list (memoized) are not rendered again on every key.
  const connect = useCallback((endpoint: EndpointConfig) => launchFrom(endpoint, setError), [])

  // "Switch record" in the chart signs out and comes back here to launch the same health system again,
  // so its authorization server shows the record chooser. Only a system this page offers is launched.
  const [reconnect] = useState(() => new URLSearchParams(window.location.search).get('reconnect'))
  const reconnectChoice = useMemo(() => {
    if (!reconnect || !offer.data) return undefined
    for (const list of offer.data.choices.values()) for (const c of list) if (c.endpoint.fhirBase === reconnect && c.endpoint.clientId) return c
    return undefined
  }, [reconnect, offer.data])
  useEffect(() => {
    if (reconnectChoice) void connect(reconnectChoice.endpoint)
  }, [reconnectChoice, connect])

  const wording = error && wordingOf(error.cause, locale, t('start.failed'))
  const errorMessage = error && `${error.system}: ${wording?.message}`
  if (error && isNoAnswer(error.cause)) {
    return (
      <Problem
        title={t('start.noAnswer')}
        action={
          <button type="button" className="rounded bg-blue-700 px-4 py-2 text-white" onClick={() => setError(undefined)}>
            {t('start.chooseAnother')}
          </button>
        }
      >
        {t('start.tryLater', { message: errorMessage ?? '' })}
      </Problem>
    )
  }
  if (offer.isError) {
    const title = offer.error instanceof ConfigError ? t('setup.broken') : t('setup.failed')
    return <Problem title={title}>{offer.error.message}</Problem>
  }

  return (
    <main className="mx-auto max-w-xl p-4 sm:p-6">
      <label className="flex items-center justify-end gap-1 text-sm">
        {t('language.label')}
        <select className="rounded border border-gray-500 px-1 py-0.5" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          <option value="en" lang="en">
            English
          </option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </label>
      <div className="mt-2 text-lg">
        <BrandMark size="lg" />
      </div>
      <h1 className="mt-4 text-2xl font-bold">{t('start.heading')}</h1>
      <p className="mt-2 text-gray-700">{t('start.intro')}</p>
      {lastChoice && (
        <button
          type="button"
          className="mt-4 w-full rounded border border-blue-700 p-3 text-left hover:bg-gray-50 focus:outline-2 focus:outline-blue-700"
          onClick={() => connect(lastChoice.endpoint)}
        >
          <span className="block text-sm text-gray-700">{t('start.lastUsed')}</span>
          <span className="block font-semibold">{lastChoice.system.name}</span>
        </button>
      )}
      <HealthSystemSearch offer={offer.data} onChoose={connect}>
        {offer.data?.problems.map((p) => (
          <p key={p} className="mt-2 text-sm text-gray-700">
            {p}
          </p>
        ))}
        {error && (
          <p role="alert" className="mt-4 rounded border border-red-700 p-3 text-red-800">
            {errorMessage}
          </p>
        )}
        {reconnectChoice && !error && (
          <p role="status" className="mt-4 text-gray-700">
            {t('start.reconnecting', { system: reconnectChoice.system.name })}
          </p>
        )}
      </HealthSystemSearch>
      <LegalFooter locale={locale} />
    </main>
  )
}
