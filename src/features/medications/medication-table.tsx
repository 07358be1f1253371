// Clinician layout: one dense table per group, sized for an 800 px EHR frame.
import type { MedicationItem } from '../../domain/medication.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { calendarDay } from './display-date.ts'
import { fullInstructions } from './built-sig.ts'
import { ingredientsToShow } from './medication-groups.ts'
import { asNeededText, IngredientList, MedicationProvenance, medicationName, SourceBadge, statusKey } from './medication-bits.tsx'

const TH = 'border-b border-slate-400 px-1.5 py-1 text-left align-bottom font-semibold dark:border-slate-500'
const TD = 'border-b border-slate-200 px-1.5 py-1 align-top dark:border-slate-700'

function DatesCell({ item }: { item: MedicationItem }) {
  const { t, date } = useI18n()
  const lines = [
    item.start && t('medications.date.start', { date: date(calendarDay(item.start)) }),
    item.end && t('medications.date.end', { date: date(calendarDay(item.end)) }),
    item.authoredOn && t(item.reported ? 'medications.date.recorded' : 'medications.date.ordered', { date: date(calendarDay(item.authoredOn)) }),
  ].filter((l): l is string => Boolean(l))
  return (
    <td className={`${TD} whitespace-nowrap`}>
      {lines.map((l) => (
        <div key={l}>{l}</div>
      ))}
    </td>
  )
}

function Row({ item, past }: { item: MedicationItem; past: boolean }) {
  const i18n = useI18n()
  const { t } = i18n
  const { main, extra } = fullInstructions(i18n, item)
  const prn = asNeededText(item, t, false)
  const rowId = `med-${item.id ?? item.name ?? ''}`.replace(/[^\w-]/g, '_')
  return (
    <tr>
      <th scope="row" className={`${TD} text-left font-normal`}>
        <span className="font-semibold">{medicationName(item, t, 'clinician')}</span> <SourceBadge item={item} />
        <IngredientList labels={ingredientsToShow(item)} id={`${rowId}-ingredients`} />
      </th>
      <td className={TD}>
        {main && <div>{main}</div>}
        {prn && <div className="font-medium">{prn}</div>}
        {extra && (
          <div className="text-sm text-slate-700 dark:text-slate-300">
            {t('medications.patientInstruction')} {extra}
          </div>
        )}
      </td>
      <td className={TD}>{item.prescriber}</td>
      {past && <td className={TD}>{t(statusKey(item))}</td>}
      <DatesCell item={item} />
      <td className={`${TD} print:hidden`}>
        <MedicationProvenance item={item} />
      </td>
    </tr>
  )
}

export function MedicationTable({ items, labelId, past }: { items: MedicationItem[]; labelId: string; past: boolean }) {
  const { t } = useI18n()
  return (
    <table aria-labelledby={labelId} className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th scope="col" className={TH}>{t('medications.col.medication')}</th>
          <th scope="col" className={TH}>{t('medications.col.instructions')}</th>
          <th scope="col" className={TH}>{t('medications.col.prescriber')}</th>
          {past && <th scope="col" className={TH}>{t('medications.col.status')}</th>}
          <th scope="col" className={TH}>{t('medications.col.dates')}</th>
          <th scope="col" className={`${TH} print:hidden`}>
            <span className="sr-only">{t('medications.col.provenance')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <Row key={item.id ?? i} item={item} past={past} />
        ))}
      </tbody>
    </table>
  )
}
