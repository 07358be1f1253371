// Whose record this is. Once the banner has shown the patient's identity it keeps it: a failed
// refresh adds a small notice with its own retry, never a blank or an empty reason.
import { useQuery } from '@tanstack/react-query'
import { FailureNotice, RefreshNotice } from '../components/ui/failure-notice.tsx'
import { Skeleton } from '../components/ui/skeleton.tsx'
import type { PatientSummary } from '../domain/patient.ts'
import { patientQueries } from '../features/patient/queries.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { viewsAnotherRecord } from '../launch/record-relation.ts'
import type { SmartSession } from '../launch/smart-session.ts'

function Identity({ p }: { p: PatientSummary }) {
  const { t, date } = useI18n()
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <span data-testid="patient-name" className="text-lg font-bold">
        {p.displayName}
      </span>
      {p.age && <span>{t('banner.age', { age: p.age.years })}</span>}
      {p.sex && <span>{t(`sex.${p.sex}`)}</span>}
      {p.birthDate && <span>{t('banner.born', { date: date(p.birthDate) })}</span>}
      {p.mrn && <span>{t('banner.mrn', { mrn: p.mrn })}</span>}
    </div>
  )
}

export function PatientBanner({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const q = useQuery(patientQueries.summary(session))
  const retry = () => void q.refetch()
  const p = q.data?.patient
  let body
  if (q.data === undefined) {
    body = q.error ? (
      <div data-testid="patient-name">
        <FailureNotice error={q.error} what="patient" onRetry={retry} retrying={q.isFetching} />
      </div>
    ) : (
      <Skeleton lines={1} />
    )
  } else if (p) {
    body = (
      <>
        <Identity p={p} />
        {q.error && q.errorUpdatedAt >= q.dataUpdatedAt && (
          <div className="mt-1">
            <RefreshNotice error={q.error} what="patient" failedAt={q.errorUpdatedAt} loadedAt={q.dataUpdatedAt} onRetry={retry} retrying={q.isFetching} />
          </div>
        )}
      </>
    )
  } else {
    body = <p data-testid="patient-name">{t('state.notShared')}</p>
  }
  // A proxy must never mistake someone else's record for their own, so this line does not wait for the name.
  const relation = viewsAnotherRecord(session.context) && (
    <p data-testid="record-relation" className="mt-1 inline-block rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      {p?.displayName ? t('banner.anotherRecord', { name: p.displayName }) : t('banner.anotherRecordUnnamed')}
    </p>
  )
  return (
    // Room for two lines on phones (where the details wrap under the name) and one from `sm` up, so
    // the chart below does not move when the patient arrives.
    <header aria-label="Patient" className="banner min-h-[4.75rem] border-b border-slate-300 bg-slate-50 px-4 py-2 sm:min-h-[2.75rem] dark:border-slate-600 dark:bg-slate-800">
      {body}
      {relation}
    </header>
  )
}
