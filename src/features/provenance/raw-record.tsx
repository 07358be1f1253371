import { useQuery } from '@tanstack/react-query'
import { FailureNotice } from '../../components/ui/failure-notice.tsx'
import { Skeleton } from '../../components/ui/skeleton.tsx'
import type { Provenance } from '../../domain/provenance.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { readableType, sourceQueries, type ReadableType } from './queries.ts'

function Loaded({ session, type, id }: { session: SmartSession; type: ReadableType; id: string }) {
  const { t } = useI18n()
  const raw = useQuery(sourceQueries.read(session, type, id))
  if (raw.isPending) {
    return (
      <div>
        <p className="text-sm">{t('provenance.drawer.rawLoading')}</p>
        <Skeleton lines={4} />
      </div>
    )
  }
  if (raw.isError) return <FailureNotice error={raw.error} what="source" onRetry={() => void raw.refetch()} retrying={raw.isFetching} />
  return (
    // Text only: JSON.stringify output in a <pre>, never parsed as markup. Focusable so keyboard
    // users can scroll it.
    <pre
      tabIndex={0}
      aria-label={t('provenance.drawer.rawLabel')}
      className="max-h-96 overflow-auto rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
    >
      {JSON.stringify(raw.data, null, 2)}
    </pre>
  )
}

/** The original resource as the server sends it, read once when the drawer opens. */
export function RawRecord({ session, provenance }: { session: SmartSession; provenance: Provenance }) {
  const { t } = useI18n()
  const type = readableType(provenance.resourceType)
  if (!type || !provenance.id) return <p className="text-sm">{t('provenance.drawer.rawUnavailable')}</p>
  return <Loaded session={session} type={type} id={provenance.id} />
}
