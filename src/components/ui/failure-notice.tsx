// How every screen says a request failed. First load: what could not be loaded, why in one plain
// sentence, a technical line, and a retry. Refetch: the data stays, and a small notice says the
// refresh failed, when, and since when the shown data dates.
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { failureOf, type FailureInfo } from '../../fhir/failure.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { Skeleton } from './skeleton.tsx'
import { TriangleAlert } from 'lucide-react'
import { Glyph } from './glyph.tsx'

export type What = 'patient' | 'allergies' | 'medications' | 'labs' | 'vitals' | 'source' | 'server'

const sentenceKey = (f: FailureInfo) => `fault.${f.fault}.sentence` as MessageKey
const shortKey = (f: FailureInfo) => `fault.${f.fault}.short` as MessageKey

/** "HTTP 503 · Injected fault · correlation id abc": for support, not translated beyond its labels. */
export function FailureDetail({ info }: { info: FailureInfo }) {
  const { t } = useI18n()
  const parts = [info.status ? t('fault.status', { status: info.status }) : t('fault.noAnswer')]
  if (info.diagnostic) parts.push(info.diagnostic)
  if (info.correlationId) parts.push(t('fault.correlation', { id: info.correlationId }))
  return (
    <p className="mt-1 text-[0.8125rem] break-words text-slate-700 dark:text-slate-300" data-testid="failure-detail">
      <span className="sr-only">{t('fault.detail')}: </span>
      <span lang="en">{parts.join(' · ')}</span>
    </p>
  )
}

function RetryButton({ onRetry, retrying }: { onRetry?: () => void; retrying?: boolean }) {
  const { t } = useI18n()
  if (!onRetry) return null
  return (
    <button type="button" className="btn mt-2 print:hidden" onClick={onRetry} disabled={retrying}>
      {t('action.retry')}
    </button>
  )
}

/** Nothing could be loaded. */
export function FailureNotice({ error, what, onRetry, retrying }: { error: unknown; what: What; onRetry?: () => void; retrying?: boolean }) {
  const { t } = useI18n()
  const info = failureOf(error)
  const quiet = info.fault === 'not-supported'
  return (
    <div role={quiet ? 'status' : 'alert'} data-fault={info.fault} className={quiet ? 'text-slate-800 dark:text-slate-200' : 'text-red-800 dark:text-red-300'}>
      <p>
        <span className="font-semibold">{t('fault.couldNotLoad', { what: t(`what.${what}`) })}</span> {t(sentenceKey(info))}
      </p>
      <FailureDetail info={info} />
      {!quiet && <RetryButton onRetry={onRetry} retrying={retrying} />}
    </div>
  )
}

function useClock() {
  const { locale } = useI18n()
  const fmt = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { hour: '2-digit', minute: '2-digit' })
  return (ms: number) => fmt.format(new Date(ms))
}

/** A refetch failed; the data loaded at `loadedAt` is still on screen. */
export function RefreshNotice({ error, what, failedAt, loadedAt, onRetry, retrying }: { error: unknown; what: What; failedAt: number; loadedAt: number; onRetry?: () => void; retrying?: boolean }) {
  const { t } = useI18n()
  const clock = useClock()
  const info = failureOf(error)
  return (
    <div role="status" data-fault={info.fault} data-testid="refresh-failed" className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      <p>
        <Glyph icon={TriangleAlert} className="mr-1" />
        {t('fault.couldNotRefresh', { what: t(`what.${what}`), time: clock(failedAt), reason: t(shortKey(info)), loaded: clock(loadedAt) })}
      </p>
      <FailureDetail info={info} />
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  )
}

type Query<T> = Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'fetchStatus' | 'isFetching' | 'errorUpdatedAt' | 'dataUpdatedAt' | 'refetch'>

/**
 * Loading, first-load failure, or the data — with a refresh-failed notice above it when the latest
 * refetch failed. Data once shown is never replaced by an error.
 */
export function QueryView<T>({ query, what, children, lines = 3, onRetry }: { query: Query<T>; what: What; children: (data: T) => ReactNode; lines?: number; onRetry?: () => void }) {
  const { t } = useI18n()
  const retry = onRetry ?? (() => void query.refetch())
  if (query.data === undefined) {
    if (query.error) return <FailureNotice error={query.error} what={what} onRetry={retry} retrying={query.isFetching} />
    if (query.fetchStatus === 'paused') {
      return (
        <p role="status" data-fault="offline" className="text-slate-700 dark:text-slate-300">
          {t('fault.paused', { what: t(`what.${what}`) })}
        </p>
      )
    }
    return <Skeleton lines={lines} />
  }
  return (
    <>
      {query.error && query.errorUpdatedAt >= query.dataUpdatedAt && (
        <RefreshNotice error={query.error} what={what} failedAt={query.errorUpdatedAt} loadedAt={query.dataUpdatedAt} onRetry={retry} retrying={query.isFetching} />
      )}
      {children(query.data)}
    </>
  )
}
