// Recent abnormal labs: the critical results of the last 90 days, then the latest result of each
// test when that result is flagged (see summary-labs.ts).
import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useNow } from '../../app/now.tsx'
import { useViewMode } from '../../app/view-mode.tsx'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { valueText } from '../labs/lab-format.ts'
import { labName } from '../labs/lab-names.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { labQueries, type LabData } from '../labs/queries.ts'
import { QueryGate, SummaryPart } from './summary-part.tsx'
import { LabFlag } from '../labs/lab-flag.tsx'
import { CriticalLabs } from './critical-labs.tsx'
import { summaryLabs } from './summary-labs.ts'

const LIMIT = 8

export function LabSummary({ session }: { session: SmartSession }) {
  const i18n = useI18n()
  const { t, date } = i18n
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
                {groups.slice(0, LIMIT).flatMap((g) => {
                  const lab = g.latest
                  if (!lab) return []
                  const name = labName(t, g, mode)
                  const value = valueText(i18n, lab.value)
                  return [
                    <li key={g.key}>
                      <span className="font-semibold">{name}</span> <LabFlag lab={lab} label={name} />
                      <span className="block">
                        {value}
                        <span className="text-[0.875em] text-slate-700 dark:text-slate-300"> · {date(lab.effective)}</span>
                        <ProvenanceButton label={`${name} ${value}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" about={{ kind: 'lab', lab }} />
                      </span>
                    </li>,
                  ]
                })}
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
