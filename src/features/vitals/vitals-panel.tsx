// Vital signs: the latest of each kind, a trend per kind and every reading, drawn from the streamed
// history so a long record shows its first page at once and fills in as the rest arrives.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import { CompletenessNotice } from '../../components/ui/completeness-notice.tsx'
import { Panel } from '../../components/ui/panel.tsx'
import { Skeleton } from '../../components/ui/skeleton.tsx'
import { FailureNotice, RefreshNotice } from '../../components/ui/failure-notice.tsx'
import { latestTrusted } from '../../fhir/completeness.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { vitalQueries, type VitalStream } from './queries.ts'
import { LatestVitals } from './latest-vitals.tsx'
import { ReadingsTable } from './readings-table.tsx'
import { StreamNotices } from './stream-notices.tsx'
import { StreamProgress } from './stream-progress.tsx'
import { RangeChoice } from './range-choice.tsx'
import { screenRange, type RangeKey } from './time-range.ts'
import { TrendCard } from './trend-card.tsx'
import { useAdult } from './usual-range.ts'
import { kindName } from './vital-format.ts'
import { chartData, CORE_KINDS, groupByKind, latestOf, newestFirst, readingTimes } from './vital-series.ts'

interface ContentProps {
  data: VitalStream
  done: boolean
  refreshing: boolean
  onRetry: () => void
  adult: boolean | undefined
}

// Memoized, and given the deferred history: a new page re-renders the charts and tables as
// interruptible background work, never inside the task that received the page.
const VitalsContent = memo(function VitalsContent({ data, done, refreshing, onRetry, adult }: ContentProps) {
  const i18n = useI18n()
  const { t } = i18n
  const mode = useViewMode()
  const sorted = useMemo(() => data.newestFirst ?? newestFirst(data.items), [data.newestFirst, data.items])
  const groups = useMemo(() => groupByKind(sorted), [sorted])
  const charts = useMemo(() => [...groups].map(([kind, readings]) => ({ kind, readings, data: chartData(kind, readings) })), [groups])
  const fitted = useMemo(() => screenRange(charts.map((c) => readingTimes(c.data))), [charts])
  // Until someone chooses, the range follows the data, which may still be arriving page by page.
  const [chosen, setChosen] = useState<RangeKey>()
  const range = chosen ?? fitted
  const latest = [...groups.values()].flatMap((readings) => latestOf(readings) ?? [])
  const missing = done ? CORE_KINDS.filter((k) => !groups.has(k)) : []

  return (
    <>
      <StreamProgress
        loaded={data.loaded}
        total={data.estimatedTotal}
        done={done}
        partial={data.warnings.some((w) => w.code === 'partial')}
        count={data.items.length}
        refreshing={refreshing}
      />
      <StreamNotices warnings={data.warnings} completeness={data.completeness} onRetry={onRetry} retrying={refreshing} />
      <h3 className="mt-3 font-semibold">{t('vitals.latest.title')}</h3>
      {done && !latestTrusted(data.completeness) && (
        <p data-state="may-not-be-latest" className="text-sm font-semibold">
          {t('incomplete.mayNotBeLatest')}
        </p>
      )}
      <LatestVitals latest={latest} adult={adult} />
      {missing.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t('vitals.notRecorded', { kinds: missing.map((k) => kindName(i18n, k, mode)).join(', ') })}
        </p>
      )}
      <h3 className="mt-4 font-semibold">{t('vitals.trends.title')}</h3>
      <RangeChoice value={range} onChange={setChosen} />
      <div className={`mt-2 grid gap-3 ${mode === 'clinician' ? 'sm:grid-cols-2' : ''}`}>
        {charts.map(({ kind, readings, data }) => (
          <TrendCard key={kind} kind={kind} readings={readings} data={data} range={range} />
        ))}
      </div>
      <h3 className="mt-4 font-semibold print:hidden">{t('vitals.list.title')}</h3>
      <div className="mt-1 print:hidden">
        <ReadingsTable readings={sorted} showKind label={t('vitals.list.label')} />
      </div>
    </>
  )
})

export function VitalsPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const options = vitalQueries.stream(session)
  const adult = useAdult(session)
  const query = useQuery(options)
  const { data, error, isFetching } = query
  // `completeness` arrives with the last page, so its absence means pages are still coming.
  const done = data?.completeness !== undefined
  // When the last screen using the stream closes mid-way, the query cancels it and keeps the pages
  // it had as fresh data: without this, coming back would show a history that never finishes.
  // A reset (not a refetch, which would hold the old pages until the end) restarts the progress.
  const interrupted = data !== undefined && !done && !isFetching && !error
  const { queryKey } = options
  useEffect(() => {
    if (interrupted) void queryClient.resetQueries({ queryKey, exact: true })
  }, [interrupted, queryClient, queryKey])
  const retry = () => void (done ? query.refetch() : queryClient.resetQueries({ queryKey, exact: true }))
  // One function for the life of the panel, so a render that changes nothing shown skips the content.
  const latestRetry = useRef(retry)
  useLayoutEffect(() => {
    latestRetry.current = retry
  })
  const stableRetry = useCallback(() => latestRetry.current(), [])
  // What is drawn follows the deferred history, every branch alike, so the screen never mixes a new
  // page's progress with the previous page's readings.
  const view = useDeferredValue(data)
  const viewDone = view?.completeness !== undefined

  let body
  if (view && view.items.length > 0) {
    body = <VitalsContent data={view} done={viewDone} refreshing={isFetching && viewDone} onRetry={stableRetry} adult={adult} />
  } else if (view?.completeness && view.completeness.state !== 'shown') {
    body = <CompletenessNotice completeness={view.completeness} emptyText={t('vitals.empty')} />
  } else if (view?.completeness) {
    // Pages came back but nothing in them could be read: say so rather than show a blank panel.
    body = <StreamNotices warnings={view.warnings} completeness={view.completeness} onRetry={retry} retrying={isFetching} />
  } else if (!error) {
    body =
      view && view.loaded > 0 ? (
        <StreamProgress loaded={view.loaded} total={view.estimatedTotal} done={false} count={0} refreshing={false} />
      ) : query.fetchStatus === 'paused' ? (
        <p role="status" data-fault="offline">
          {t('fault.paused', { what: t('what.vitals') })}
        </p>
      ) : (
        <Skeleton lines={4} />
      )
  }
  // Data once shown stays: a failed refresh only adds a notice above it.
  const shown = data !== undefined && (data.items.length > 0 || done)

  return (
    <Panel id="vitals" title={t('nav.vitals')}>
      {error &&
        (shown ? (
          query.errorUpdatedAt >= query.dataUpdatedAt && (
            <RefreshNotice error={error} what="vitals" failedAt={query.errorUpdatedAt} loadedAt={query.dataUpdatedAt} onRetry={retry} retrying={isFetching} />
          )
        ) : (
          <FailureNotice error={error} what="vitals" onRetry={retry} retrying={isFetching} />
        ))}
      {body}
    </Panel>
  )
}
