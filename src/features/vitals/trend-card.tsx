// One vital's trend: the chart (with a spoken summary), a legend when there are two series, and the
// complete readings as a table for anyone who cannot or would rather not read the chart.
import { useMemo, useState } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import type { VitalSign } from '../../domain/observation.ts'
import type { VitalKind } from '../../domain/vital-kinds.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { extentOf } from './downsample.ts'
import { ReadingsTable } from './readings-table.tsx'
import { LegendKey, TrendChart, type DrawnSeries } from './trend-chart.tsx'
import { chartData, latestOf } from './vital-series.ts'
import { countText, dateText, kindName, valueText, unitWord, type Fmt } from './vital-format.ts'

function summaryOf(fmt: Fmt, name: string, unit: string, series: DrawnSeries[], count: number, latest?: VitalSign): string {
  const all = series.flatMap((s) => s.points)
  const ts = all.map((p) => p.t)
  const ranges = series
    .flatMap((s) => {
      const e = extentOf([s.points])
      return e ? [fmt.t('vitals.chart.range', { series: s.label, min: fmt.number(e.min, 1), max: fmt.number(e.max, 1), unit })] : []
    })
    .join('; ')
  return fmt.t('vitals.chart.summary', {
    name,
    count: fmt.number(count),
    from: fmt.date(new Date(Math.min(...ts)).toISOString()),
    to: fmt.date(new Date(Math.max(...ts)).toISOString()),
    ranges,
    latest: latest ? valueText(fmt, latest) : fmt.t('vitals.value.none'),
    date: latest ? dateText(fmt, latest) : '',
  })
}

export function TrendCard({ kind, readings }: { kind: VitalKind; readings: VitalSign[] }) {
  const i18n = useI18n()
  const { t } = i18n
  const mode = useViewMode()
  const [showTable, setShowTable] = useState(false)
  const name = kindName(i18n, kind, mode)
  const data = useMemo(() => chartData(kind, readings), [kind, readings])
  const series: DrawnSeries[] = data.series
    .filter((s) => s.points.length > 0)
    .map((s) => ({ key: s.key, label: s.key === 'value' ? name : t(`vitals.series.${s.key}`), points: s.points }))
  const unit = unitWord(i18n, kind, { unit: data.unit })
  const plotted = series.flatMap((s) => s.points)
  const headingId = `vitals-trend-${kind}`

  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 p-2 break-inside-avoid dark:border-slate-700">
      <h4 id={headingId} className="font-semibold">
        {name} <span className="text-sm font-normal text-slate-700 dark:text-slate-300">· {countText(i18n, readings.length)}</span>
      </h4>
      {plotted.length > 0 && (
        <TrendChart
          series={series}
          unitLabel={unit}
          height={mode === 'clinician' ? 130 : 180}
          formatTick={(v) => i18n.number(v, 1)}
          from={i18n.date(new Date(Math.min(...plotted.map((p) => p.t))).toISOString())}
          to={i18n.date(new Date(Math.max(...plotted.map((p) => p.t))).toISOString())}
          summary={summaryOf(i18n, name, unit, series, readings.length, latestOf(readings))}
        />
      )}
      {series.length > 1 && (
        <ul aria-label={t('vitals.chart.legend')} className="mt-1 flex flex-wrap gap-4 text-sm">
          {series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-1">
              <LegendKey index={i} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {data.notPlotted > 0 && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('vitals.chart.notPlotted', { count: i18n.number(data.notPlotted) })}</p>}
      <details className="mt-1 print:hidden" open={showTable} onToggle={(e) => setShowTable(e.currentTarget.open)}>
        <summary className="cursor-pointer text-sm text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700 dark:text-sky-300">
          {t('vitals.chart.table', { name })}
        </summary>
        {/* Mounted only when opened: the per-kind tables of a long history would otherwise all be live. */}
        {showTable && (
          <div className="mt-1">
            <ReadingsTable readings={readings} showKind={false} label={t('vitals.list.kindLabel', { name })} />
          </div>
        )}
      </details>
    </section>
  )
}
