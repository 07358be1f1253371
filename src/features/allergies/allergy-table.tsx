// Clinician layout: one dense table, sized for an 800 px EHR frame.
import type { AllergyItem } from '../../domain/allergy.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { calendarDay } from '../medications/display-date.ts'
import { AllergyProvenance, allergyName, CriticalityBadge, kindWords, onsetDate, ReactionList, statusWords } from './allergy-bits.tsx'

const TH = 'border-b border-slate-400 px-1.5 py-1 text-left align-bottom font-semibold dark:border-slate-500'
const TD = 'border-b border-slate-200 px-1.5 py-1 align-top dark:border-slate-700'

function Row({ item }: { item: AllergyItem }) {
  const { t, date } = useI18n()
  const onset = onsetDate(item, date)
  const high = item.criticality === 'high'
  return (
    <tr className={high ? 'bg-red-50/60 dark:bg-red-950/40' : undefined}>
      <th scope="row" className={`${TD} text-left font-normal`}>
        <span className="font-semibold">{allergyName(item, t)}</span>
        <div className="text-xs text-slate-700 dark:text-slate-300">{kindWords(item, t).join(' · ')}</div>
      </th>
      <td className={TD}>
        <ReactionList item={item} />
      </td>
      <td className={TD}>
        <CriticalityBadge item={item} plain={false} />
      </td>
      <td className={TD}>
        {statusWords(item, t).map((w) => (
          <div key={w}>{w}</div>
        ))}
      </td>
      <td className={`${TD} whitespace-nowrap`}>
        {onset && <div>{t('allergies.date.onset', { date: onset })}</div>}
        {item.recorded && <div>{t('allergies.date.recorded', { date: date(calendarDay(item.recorded)) })}</div>}
      </td>
      <td className={`${TD} print:hidden`}>
        <AllergyProvenance item={item} />
      </td>
    </tr>
  )
}

export function AllergyTable({ items }: { items: AllergyItem[] }) {
  const { t } = useI18n()
  return (
    <div className="overflow-x-auto">
      <table aria-labelledby="allergies-title" className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={TH}>{t('allergies.col.substance')}</th>
            <th scope="col" className={TH}>{t('allergies.col.reactions')}</th>
            <th scope="col" className={TH}>{t('allergies.col.criticality')}</th>
            <th scope="col" className={TH}>{t('allergies.col.status')}</th>
            <th scope="col" className={TH}>{t('allergies.col.dates')}</th>
            <th scope="col" className={`${TH} print:hidden`}>
              <span className="sr-only">{t('allergies.col.provenance')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <Row key={item.id ?? i} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
