import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { fhirRelease, metadataQueries } from './metadata-queries.ts'

/**
 * The session does not record how it started, but the scopes say: an EHR launch asks for `launch`,
 * a standalone launch for `launch/patient`.
 */
export function launchKindOf(session: Pick<SmartSession, 'requestedScope' | 'grants'>): 'ehr' | 'standalone' | undefined {
  const scopes = new Set([...session.requestedScope.split(/\s+/), ...session.grants.scopes].map((s) => s.toLowerCase()))
  if (scopes.has('launch')) return 'ehr'
  if (scopes.has('launch/patient')) return 'standalone'
  return undefined
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-1 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-2">
      <dt className="font-medium">{term}</dt>
      <dd className="wrap-anywhere">{children}</dd>
    </div>
  )
}

/** Where the data came from: the server, its software, and this launch's terms. */
export function ServerFacts({ session }: { session: SmartSession }) {
  const { t, date } = useI18n()
  const facts = useQuery(metadataQueries.facts(session))
  const kind = launchKindOf(session)
  const notGiven = t('sources.server.notGiven')

  let software: string
  let version: string
  if (facts.data) {
    const { softwareName, softwareVersion, fhirVersion } = facts.data
    software = [softwareName, softwareVersion].filter(Boolean).join(' ') || notGiven
    const release = fhirRelease(fhirVersion)
    version = fhirVersion ? (release ? t('sources.server.fhirRelease', { version: fhirVersion, release }) : fhirVersion) : notGiven
  } else if (facts.isError) {
    software = version = t('sources.server.failed', { message: facts.error.message })
  } else {
    software = version = t('sources.server.loading')
  }

  // fhirclient keeps the expiry in seconds since the epoch. It is the sign-in token's: a refresh
  // (where the server allows one) extends access beyond it, so no "expired" verdict is drawn here.
  const expiry = session.expiresAt === undefined ? notGiven : date(new Date(session.expiresAt * 1000).toISOString(), true)

  return (
    <dl className="text-sm">
      <Fact term={t('sources.server.name')}>{session.endpointName}</Fact>
      <Fact term={t('sources.server.base')}>
        <code>{session.fhirBase}</code>
      </Fact>
      <Fact term={t('sources.server.software')}>{software}</Fact>
      <Fact term={t('sources.server.fhirVersion')}>{version}</Fact>
      <Fact term={t('sources.server.launch')}>
        {kind === 'ehr' ? t('sources.server.launch.ehr') : kind === 'standalone' ? t('sources.server.launch.standalone') : notGiven}
      </Fact>
      <Fact term={t('sources.server.user')}>{t(`sources.server.user.${session.context.mode}`)}</Fact>
      <Fact term={t('sources.server.expires')}>
        {expiry}
      </Fact>
    </dl>
  )
}
