// The newest reading of each kind: a dense table for clinicians, plain sentences for patients
// ("Blood pressure: 128/82 mmHg — taken Mar 3, 2025").
import { useViewMode } from '../../app/view-mode.tsx'
import type { VitalSign } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from './provenance-button.tsx'
import { bpCategoryText, usualRangeText } from './usual-range.ts'
import { dateText, kindName, readingLabel, statusNote, valueText } from './vital-format.ts'

export function LatestVitals({ latest, adult }: { latest: VitalSign[]; adult: boolean | undefined }) {
  const i18n = useI18n()
  const { t } = i18n
  const mode = useViewMode()
  if (mode === 'patient') {
    return (
      <ul className="space-y-2" data-adult={String(adult)}>
        {latest.map((v) => {
          const note = statusNote(i18n, v)
          const category = bpCategoryText(i18n, v, adult)
          const usual = usualRangeText(i18n, v, adult)
          return (
            <li key={v.kind} className="flex items-start justify-between gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
              <span>
                <span>{t('vitals.latest.sentence', { name: kindName(i18n, v.kind, mode), value: valueText(i18n, v, true), date: dateText(i18n, v) })}</span>
                {note !== undefined && <span className="ml-1 text-sm">({note})</span>}
                {category && (
                  <span className="block text-[0.875em]" data-testid="bp-category">
                    {category}
                  </span>
                )}
                {usual && (
                  <span className="block text-[0.875em] text-slate-700 dark:text-slate-300" data-testid="usual-range">
                    {usual.position && <strong className="font-semibold">{usual.position}. </strong>}
                    {usual.range}
                  </span>
                )}
              </span>
              <ProvenanceButton reading={v} label={readingLabel(i18n, v, mode)} />
            </li>
          )
        })}
      </ul>
    )
  }
  return (
    <table className="w-full border-collapse text-left text-sm" data-adult={String(adult)}>
      <caption className="sr-only">{t('vitals.latest.title')}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="px-2 py-1">{t('vitals.col.vital')}</th>
          <th scope="col" className="px-2 py-1">{t('vitals.col.latest')}</th>
          <th scope="col" className="px-2 py-1">{t('vitals.col.taken')}</th>
          <th scope="col" className="px-2 py-1">{t('vitals.col.usual')}</th>
          <th scope="col" className="px-2 py-1">
            <span className="sr-only">{t('vitals.col.source')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {latest.map((v) => {
          const note = statusNote(i18n, v)
          const category = bpCategoryText(i18n, v, adult)
          const usual = usualRangeText(i18n, v, adult)
          return (
            <tr key={v.kind} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="px-2 py-1 font-medium">{kindName(i18n, v.kind, mode)}</th>
              <td className="px-2 py-1 tabular-nums">
                {valueText(i18n, v)}
                {note !== undefined && <span className="ml-1 text-xs">({note})</span>}
              </td>
              <td className="px-2 py-1 whitespace-nowrap tabular-nums">{dateText(i18n, v, true)}</td>
              <td className="px-2 py-1 text-xs">
                {category ?? usual?.bounds ?? '—'}
                {usual?.position && <span className="block font-semibold">{usual.position}</span>}
              </td>
              <td className="px-2 py-1">
                <ProvenanceButton reading={v} label={readingLabel(i18n, v, mode)} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
