// The table alternative to the chart: every result of the test, the same values the chart plots,
// retracted results struck through with a note. On a phone the note goes under the value instead
// of in its own column, so the table fits 360 px.
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { TrendSeries } from './trend-series.ts'
import { originalText, rowNote, shownText } from './trend-text.ts'
import { LabFlag } from './lab-flag.tsx'

export function TrendTable({ series, name, original }: { series: TrendSeries; name: string; original: boolean }) {
  const i18n = useI18n()
  const { t, date } = i18n
  const dense = useViewMode() === 'clinician'
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-[0.875em]">
        <caption className="text-left font-semibold">{t('labs.trend.tableCaption', { name })}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-2">{t('labs.col.date')}</th>
            <th scope="col" className="py-1 pr-2">{t('labs.col.result')}</th>
            <th scope="col" className="py-1 pr-2">{t('labs.col.flag')}</th>
            {dense && <th scope="col" className="py-1">{t('labs.col.note')}</th>}
          </tr>
        </thead>
        <tbody>
          {series.rows.map((row, i) => {
            const shown = shownText(i18n, row, series, original)
            const retracted = row.state === 'retracted'
            const converted = row.state === 'plotted' && row.converted && !original
            const note = rowNote(i18n, row, series)
            return (
              <tr key={row.lab.id ?? i} className="border-b border-slate-200 align-top dark:border-slate-700" data-state={row.state}>
                <td className="py-1 pr-2">{date(row.lab.effective, dense)}</td>
                <td className="py-1 pr-2">
                  <span className="whitespace-nowrap">
                    {retracted ? <s>{shown}</s> : shown}
                    <ProvenanceButton label={`${name} ${shown}, ${date(row.lab.effective)}`} provenance={row.lab.provenance} field="value" about={{ kind: 'lab', lab: row.lab }} />
                  </span>
                  {converted && <span className="block text-[0.8em] text-slate-700 dark:text-slate-300">{t('labs.trend.convertedFrom', { value: originalText(i18n, row) })}</span>}
                  {!dense && note && <span className="block text-[0.8em]">{note}</span>}
                </td>
                <td className="py-1 pr-2">{retracted ? null : <LabFlag lab={row.lab} />}</td>
                {dense && <td className="py-1">{note}</td>}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
