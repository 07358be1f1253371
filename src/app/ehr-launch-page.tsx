import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { beginLaunch } from '../launch/authorize.ts'
import { ConfigError, loadDeployConfig } from '../launch/deploy-config.ts'
import { loadDirectory } from '../launch/directory.ts'
import { ehrEndpoints } from '../launch/endpoints.ts'
import { checkIss } from '../launch/iss-allowlist.ts'
import { wordingOf } from '../launch/failure.ts'
import { sessionStorageUsable } from '../launch/storage.ts'
import { LAUNCH_CATALOGS } from '../i18n/launch-text.ts'
import { useText } from '../i18n/text.ts'
import { useStartText } from '../i18n/start-text.ts'
import { loadChart, prefetch } from './lazy-routes.ts'
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
  const [error, setError] = useState<{ cause: unknown }>()
  const storage = sessionStorageUsable()
  const { t, locale } = useText(LAUNCH_CATALOGS)
  const { t: st } = useStartText()

  useEffect(() => {
    // The launch goes on to the chart: its code downloads during discovery and the authorize round trip.
    // Not earlier: asked for with this page's own code, its files took the connections the launch
    // needed first (a browser opens six per server).
    if (endpoint) prefetch(loadChart)
  }, [endpoint])

  useEffect(() => {
    if (!endpoint?.clientId || !launch || !storage || !allowed.data) return
    beginLaunch(endpoint, 'ehr', launch, allowed.data.endpoints).catch((e: unknown) => setError({ cause: e }))
  }, [endpoint, launch, storage, allowed.data])

  if (allowed.isError) {
    const title = allowed.error instanceof ConfigError ? st('setup.broken') : st('setup.failed')
    return <Problem title={title}>{allowed.error.message}</Problem>
  }
  if (!check)
    return (
      <p className="p-6" role="status">
        {t('ehr.checking')}
      </p>
    )
  if (!check.ok) {
    // The address is set in bold wherever the sentence puts it in the chosen language.
    const [before, after] = t('ehr.refused.body', { reason: t(check.why) }).split('{iss}')
    return (
      <Problem title={t('ehr.refused.title')}>
        {before}
        <strong>{iss ?? t('ehr.refused.none')}</strong>
        {after}
      </Problem>
    )
  }
  if (!launch) return <Problem title={t('ehr.missing.title')}>{t('ehr.missing.body')}</Problem>
  if (!check.endpoint.clientId) {
    const { name, clientIdSetting: setting } = check.endpoint
    return (
      <Problem title={t('ehr.unconfigured.title')}>
        {allowed.data?.hints ? t('ehr.unconfigured.hint', { name, setting: setting ?? '' }) : t('ehr.unconfigured.body', { name })}
      </Problem>
    )
  }
  if (!storage) {
    return (
      <Problem
        title={t('ehr.storage.title')}
        action={
          <a className="inline-block rounded bg-blue-700 px-4 py-2 text-white" href={window.location.href} target="_blank" rel="noopener">
            {t('ehr.storage.open')}
          </a>
        }
      >
        {t('ehr.storage.body')}
      </Problem>
    )
  }
  if (error) {
    const { title, message } = wordingOf(error.cause, locale, t('ehr.failed'))
    return <Problem title={title}>{message}</Problem>
  }
  return <p className="p-6">{t('ehr.connecting', { name: check.endpoint.name })}</p>
}
