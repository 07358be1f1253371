// Recent abnormal labs: the critical results of the last 90 days, then the latest result of each
// test when that result is flagged (see summary-labs.ts).
import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useNow } from '../../app/now.tsx'
import { useViewMode } from '../../app/view-mode.tsx'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { listLabName } from '../labs/lab-short-names.ts'
import { labQueries, type LabData } from '../labs/queries.ts'
import { QueryGate, SummaryPart } from './summary-part.tsx'
import { CriticalLabs } from './critical-labs.tsx'
import { LabLine } from './lab-line.tsx'
import { summaryLabs } from './summary-labs.ts'

const LIMIT = 8

export function LabSummary({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const mode = useViewMode()
  // Read once when the part mounts, so the list does not change under the reader.
  const clock = useNow()
  const [now] = useState(() => clock())
  const select = useCallback((data: LabData) => ({ ...summaryLabs(data, now), completeness: data.completeness }), [now])
  const labs = useQuery({ ...labQueries.list(session), select, retryOnMount: false })
  return (
    <SummaryPart id="summary-labs" title={t('summary.labs.title')} link="#labs" linkText={t('summary.link.labs')}>
      <QueryGate query={labs} what="labs">
        {({ critical, groups, completeness }) => (
          <>
          <Incomplete completeness={completeness} onRetry={() => void labs.refetch()} retrying={labs.isFetching} />
          <CriticalLabs labs={critical} />
          {completeness.state !== 'shown' ? (
            <CompletenessNotice completeness={completeness} emptyText={t('summary.labs.none')} />
          ) : groups.length === 0 ? (
            critical.length === 0 && <p>{t('summary.labs.noneAbnormal')}</p>
          ) : (
            <>
              <ul className="space-y-1">
                {groups.slice(0, LIMIT).flatMap((g) => (g.latest ? [<LabLine key={g.key} lab={g.latest} name={listLabName(t, g, mode)} />] : []))}
              </ul>
              {groups.length > LIMIT && <p className="text-[0.875em]">{t('summary.labs.more', { count: groups.length - LIMIT })}</p>}
            </>
          )}
          </>
        )}
      </QueryGate>
    </SummaryPart>
  )
}
