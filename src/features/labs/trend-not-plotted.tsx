// Values that are numbers but cannot share the chart's axis, listed under it so they are not
// mistaken for missing. Retracted results are counted; the table shows them struck through.
import { useI18n } from '../../i18n/i18n.tsx'
import type { TrendSeries } from './trend-series.ts'
import { originalText, rowNote } from './trend-text.ts'
import { TriangleAlert } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

export function TrendNotPlotted({ series, original }: { series: TrendSeries; original: boolean }) {
  const i18n = useI18n()
  const { t, date } = i18n
  const flagged = series.rows.filter((r) => r.state === 'unconvertible' || r.state === 'other-unit' || r.state === 'censored' || r.state === 'implausible')
  const retracted = series.rows.filter((r) => r.state === 'retracted').length
  if (!flagged.length && !retracted) return null
  return (
    <div className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-[0.875em] text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100" data-testid="not-plotted">
      {flagged.length > 0 && (
        <>
          <p className="font-semibold">
            <Glyph icon={TriangleAlert} className="mr-1" />
            {t('labs.trend.notPlottedTitle', { count: flagged.length })}
          </p>
          <ul className="list-disc pl-5">
            {flagged.map((r, i) => (
              <li key={r.lab.id ?? i}>
                {date(r.lab.effective)}: {originalText(i18n, r)} — {rowNote(i18n, r, series)}
              </li>
            ))}
          </ul>
          {original && flagged.some((r) => r.state === 'other-unit') && <p>{t('labs.trend.otherUnitHint')}</p>}
        </>
      )}
      {retracted > 0 && <p>{t('labs.trend.retractedCount', { count: retracted })}</p>}
    </div>
  )
}
