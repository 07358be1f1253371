// "N entries … are not shown", with a toggle that lists them struck through. Their status is also
// written out, since a strike-through alone is invisible to screen readers.
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Skeleton } from '../../components/ui/skeleton.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { calendarDay } from '../medications/display-date.ts'
import { AllergyProvenance, allergyName, statusWords } from './allergy-bits.tsx'
import { hiddenAllergiesQuery } from './hidden-allergies-query.ts'

function HiddenList({ session, id }: { session: SmartSession; id: string }) {
  const { t, date } = useI18n()
  const query = useQuery(hiddenAllergiesQuery(session))
  if (query.isPending) return <Skeleton lines={2} />
  if (query.isError) {
    return (
      <p role="alert" className="text-red-800 dark:text-red-300">
        {t('state.failed', { message: query.error.message })}
      </p>
    )
  }
  return (
    <ul id={id} aria-label={t('allergies.hidden.label')} className="mt-2 max-w-xl space-y-2">
      {query.data.map((item, i) => (
        <li key={item.id ?? i} className="flex items-start justify-between gap-2 text-slate-700 dark:text-slate-300">
          <div>
            <s>{allergyName(item, t)}</s>
            <div>
              {[...statusWords(item, t), ...(item.recorded ? [t('allergies.date.recorded', { date: date(calendarDay(item.recorded)) })] : [])].join(' · ')}
            </div>
          </div>
          <AllergyProvenance item={item} />
        </li>
      ))}
    </ul>
  )
}

export function HiddenAllergies({ session, count }: { session: SmartSession; count: number }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const id = useId()
  if (count === 0) return null
  return (
    <div className="mt-3 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span>{count === 1 ? t('allergies.hiddenOne') : t('allergies.hiddenMany', { count })}</span>
        <button type="button" className="btn print:hidden" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
          {t(open ? 'allergies.hidden.hide' : 'allergies.hidden.show')}
        </button>
      </p>
      {open && <HiddenList session={session} id={id} />}
    </div>
  )
}
