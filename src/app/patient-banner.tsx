import { useQuery } from '@tanstack/react-query'
import { Skeleton } from '../components/ui/skeleton.tsx'
import { patientQueries } from '../features/patient/queries.ts'
import { useI18n } from '../i18n/i18n.tsx'
import type { SmartSession } from '../launch/smart-session.ts'

export function PatientBanner({ session }: { session: SmartSession }) {
  const { t, date } = useI18n()
  const q = useQuery(patientQueries.summary(session))
  const p = q.data?.patient
  return (
    <header aria-label="Patient" className="banner border-b border-slate-300 bg-slate-50 px-4 py-2 dark:border-slate-600 dark:bg-slate-800">
      {q.isPending ? (
        <Skeleton lines={1} />
      ) : p ? (
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span data-testid="patient-name" className="text-lg font-bold">
            {p.displayName}
          </span>
          {p.age && <span>{t('banner.age', { age: p.age.years })}</span>}
          {p.sex && <span>{t(`sex.${p.sex}`)}</span>}
          {p.birthDate && <span>{t('banner.born', { date: date(p.birthDate) })}</span>}
          {p.mrn && <span>{t('banner.mrn', { mrn: p.mrn })}</span>}
        </div>
      ) : (
        <p data-testid="patient-name">{q.data?.completeness.state === 'not-shared' ? t('state.notShared') : t('state.failed', { message: '' })}</p>
      )}
    </header>
  )
}
