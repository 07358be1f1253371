// Patient layout: one card per allergy, in plain language, readable on a 360 px phone.
import type { AllergyItem } from '../../domain/allergy.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { AllergyProvenance, allergyName, CriticalityBadge, kindWords, onsetDate, ReactionList, statusWords } from './allergy-bits.tsx'

function Card({ item }: { item: AllergyItem }) {
  const { t, date } = useI18n()
  const onset = onsetDate(item, date)
  const id = `allergy-${item.id ?? item.substance ?? ''}`.replace(/[^\w-]/g, '_')
  const high = item.criticality === 'high'
  const details = [...kindWords(item, t), ...statusWords(item, t), ...(onset ? [t('allergies.patient.since', { date: onset })] : [])]
  return (
    <li className={`rounded-lg border p-3 ${high ? 'border-red-700 border-l-4 dark:border-red-400' : 'border-slate-300 dark:border-slate-600'}`}>
      <article aria-labelledby={`${id}-name`}>
        <div className="flex items-start justify-between gap-2">
          <h3 id={`${id}-name`} className="font-semibold break-words">
            {allergyName(item, t)}
          </h3>
          <AllergyProvenance item={item} />
        </div>
        <p className="mt-1">
          <CriticalityBadge item={item} plain />
        </p>
        <div className="mt-2">
          <span className="font-medium">{t('allergies.patient.reactions')}</span> <ReactionList item={item} />
        </div>
        {details.length > 0 && <p className="mt-2 text-base text-slate-700 dark:text-slate-300">{details.join(' · ')}</p>}
      </article>
    </li>
  )
}

export function AllergyCards({ items }: { items: AllergyItem[] }) {
  return (
    <ul aria-labelledby="allergies-title" className="space-y-3">
      {items.map((item, i) => (
        <Card key={item.id ?? i} item={item} />
      ))}
    </ul>
  )
}
