// Patient layout: one card per medication, in plain language, readable on a 360 px phone.
import type { MedicationItem } from '../../domain/medication.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { calendarDay } from './display-date.ts'
import { fullInstructions } from './built-sig.ts'
import { ingredientsToShow } from './medication-groups.ts'
import { asNeededText, IngredientList, MedicationProvenance, medicationName, SourceBadge, statusKey } from './medication-bits.tsx'

function whoText(item: MedicationItem, t: ReturnType<typeof useI18n>['t']): string {
  if (item.reported) return t('medications.patient.reported')
  return item.prescriber ? t('medications.patient.prescribedBy', { name: item.prescriber }) : t('medications.patient.prescribed')
}

function DatesLine({ item, past }: { item: MedicationItem; past: boolean }) {
  const { t, date } = useI18n()
  const start = calendarDay(item.start ?? item.authoredOn)
  const end = calendarDay(item.end)
  const parts = [
    start && t('medications.patient.started', { date: date(start) }),
    end && t(past ? 'medications.patient.ended' : 'medications.patient.until', { date: date(end) }),
  ].filter((p): p is string => Boolean(p))
  if (parts.length === 0) return null
  return <p className="text-base text-slate-700 dark:text-slate-300">{parts.join(' · ')}</p>
}

function Card({ item, past }: { item: MedicationItem; past: boolean }) {
  const i18n = useI18n()
  const { t } = i18n
  const { main, extra } = fullInstructions(i18n, item)
  const prn = asNeededText(item, t, true)
  const cardId = `medcard-${item.id ?? item.name ?? ''}`.replace(/[^\w-]/g, '_')
  return (
    <li className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <article aria-labelledby={`${cardId}-name`}>
        <div className="flex items-start justify-between gap-2">
          <h4 id={`${cardId}-name`} className="font-semibold break-words">
            {medicationName(item, t, 'patient')}
          </h4>
          <MedicationProvenance item={item} />
        </div>
        <p className="mt-1 flex flex-wrap gap-2">
          <SourceBadge item={item} />
          {past && <span className="text-sm">{t(statusKey(item))}</span>}
        </p>
        <p className="mt-2">
          {main ?? t('medications.patient.noInstructions')} <span className="text-slate-700 dark:text-slate-300">— {whoText(item, t)}</span>
        </p>
        {prn && <p className="mt-1 font-medium">{prn}</p>}
        {extra && (
          <p className="mt-1 text-base text-slate-700 dark:text-slate-300">
            {t('medications.patientInstruction')} {extra}
          </p>
        )}
        <IngredientList labels={ingredientsToShow(item)} id={`${cardId}-ingredients`} />
        <DatesLine item={item} past={past} />
      </article>
    </li>
  )
}

export function MedicationCards({ items, labelId, past }: { items: MedicationItem[]; labelId: string; past: boolean }) {
  return (
    <ul aria-labelledby={labelId} className="space-y-3">
      {items.map((item, i) => (
        <Card key={item.id ?? i} item={item} past={past} />
      ))}
    </ul>
  )
}
