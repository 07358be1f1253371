// Latest vitals. Long histories stream in pages; the newest reading so far is shown at once with a
// note until every page is in, since a later page could still hold a newer reading. Vital flags are
// not shown here: some sources flag every blood pressure panel whatever its values.
import { useQuery } from '@tanstack/react-query'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { latestTrusted } from '../../fhir/completeness.ts'
import type { VitalSign } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { latestVitals, vitalQueries, type VitalStream } from '../vitals/queries.ts'
import { bpCategoryText, useAdult } from '../vitals/usual-range.ts'
import { QueryGate, SummaryPart } from './summary-part.tsx'
import { byVitalOrder, vitalText } from './vital-text.ts'

const selectLatest = (s: VitalStream) => ({
  latest: [...latestVitals(s)].sort(byVitalOrder),
  completeness: s.completeness,
  loaded: s.loaded,
  estimatedTotal: s.estimatedTotal,
})

function LatestVitals({ latest, adult }: { latest: VitalSign[]; adult: boolean | undefined }) {
  const i18n = useI18n()
  const { t, date } = i18n
  // One visit usually gives every latest reading: say the date once instead of on each line.
  const days = new Set(latest.map((v) => date(v.effective)))
  const shared = days.size === 1 ? [...days][0] : undefined
  return (
    <>
      {shared && <p className="text-[0.875em] text-slate-700 dark:text-slate-300">{t('summary.vitals.measuredOn', { date: shared })}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {latest.map((v) => {
          const label = t(`summary.vital.${v.kind}`)
          const value = vitalText(i18n, v)
          const category = bpCategoryText(i18n, v, adult)
          return (
            <div key={v.kind} className="contents">
              <dt className="text-slate-700 dark:text-slate-300">{label}</dt>
              <dd>
                <span className="font-semibold">{value}</span>
                {category && <span className="text-[0.875em]" data-testid="bp-category"> · {category}</span>}
                {!shared && <span className="text-[0.875em] text-slate-700 dark:text-slate-300"> · {date(v.effective)}</span>}
                <ProvenanceButton label={`${label} ${value}, ${date(v.effective)}`} provenance={v.provenance} field={v.kind === 'blood-pressure' ? 'systolic' : 'value'} about={{ kind: 'vital', reading: v }} />
              </dd>
            </div>
          )
        })}
      </dl>
    </>
  )
}

export function VitalSummary({ session }: { session: SmartSession }) {
  const { t, number } = useI18n()
  const vitals = useQuery({ ...vitalQueries.stream(session), select: selectLatest, retryOnMount: false })
  const adult = useAdult(session)
  return (
    <SummaryPart id="summary-vitals" title={t('summary.vitals.title')} link="#vitals" linkText={t('summary.link.vitals')}>
      <QueryGate query={vitals} what="vitals">
        {({ latest, completeness, loaded, estimatedTotal }) => (
          <>
            <Incomplete completeness={completeness} onRetry={() => void vitals.refetch()} retrying={vitals.isFetching} />
            {completeness && completeness.state !== 'shown' && <CompletenessNotice completeness={completeness} emptyText={t('summary.vitals.none')} />}
            {completeness && latest.length > 0 && !latestTrusted(completeness) && (
              <p data-state="may-not-be-latest" className="text-[0.875em] font-semibold">
                {t('incomplete.mayNotBeLatest')}
              </p>
            )}
            {!completeness && (
              <p role="status" className="text-[0.875em] text-slate-700 dark:text-slate-300">
                {estimatedTotal ? t('summary.vitals.loadingOf', { loaded: number(loaded), total: number(estimatedTotal) }) : t('summary.vitals.loading', { loaded: number(loaded) })}
              </p>
            )}
            {latest.length > 0 && <LatestVitals latest={latest} adult={adult} />}
          </>
        )}
      </QueryGate>
    </SummaryPart>
  )
}
