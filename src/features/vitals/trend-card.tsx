// One vital's trend: the chart (with a spoken summary), a legend when there are two series, and the
// complete readings as a table for anyone who cannot or would rather not read the chart.
import { useMemo, useState } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import type { VitalSign } from '../../domain/observation.ts'
import type { VitalKind } from '../../domain/vital-kinds.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { aggregateSeries, type BucketUnit } from './aggregate.ts'
import { axisDomain } from './axis-span.ts'
import { extentOf } from './downsample.ts'
import { ReadingsTable } from './readings-table.tsx'
import { inRange, rangeStart, type RangeKey } from './time-range.ts'
import { LegendKey, TrendChart, type DrawnSeries } from './trend-chart.tsx'
import { latestOf, newestTime, timeOf, type ChartData } from './vital-series.ts'
import { countText, dateText, kindName, valueText, unitWord, type Fmt } from './vital-format.ts'

function summaryOf(
  fmt: Fmt,
  name: string,
  unit: string,
  series: DrawnSeries[],
  count: number,
  bucket: BucketUnit | undefined,
  latest?: VitalSign,
): string {
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
    // Said before the values, so nobody takes a band's edges for single readings.
    drawn: bucket ? `${fmt.t(`vitals.chart.aggregated.${bucket}`)} ` : '',
    ranges,
    latest: latest ? valueText(fmt, latest) : fmt.t('vitals.value.none'),
    date: latest ? dateText(fmt, latest) : '',
  })
}

interface Props {
  kind: VitalKind
  /** Every reading of the kind, newest first; the table always lists them all. */
  readings: VitalSign[]
  data: ChartData
  range: RangeKey
}

export function TrendCard({ kind, readings, data, range }: Props) {
  const i18n = useI18n()
  const { t } = i18n
  const mode = useViewMode()
  const [showTable, setShowTable] = useState(false)
  const name = kindName(i18n, kind, mode)
  const shown = useMemo(() => {
    const newest = newestTime(data)
    const windowed = data.series.map((s) => ({ ...s, points: inRange(s.points, range, newest) })).filter((s) => s.points.length > 0)
    const start = rangeStart(range, newest)
    const count = range === 'all' ? readings.length : readings.filter((v) => timeOf(v) >= start).length
    return { windowed, count, aggregated: aggregateSeries(windowed) }
  }, [data, range, readings])
  const series: DrawnSeries[] = shown.windowed.map((s, i) => ({
    key: s.key,
    label: s.key === 'value' ? name : t(`vitals.series.${s.key}`),
    points: s.points,
    buckets: shown.aggregated?.series[i].buckets,
  }))
  const unit = unitWord(i18n, kind, { unit: data.unit })
  const plotted = series.flatMap((s) => s.points)
  const extent = extentOf(series.map((s) => s.points))
  const headingId = `vitals-trend-${kind}`

  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 p-2 break-inside-avoid dark:border-slate-700">
      <h4 id={headingId} className="font-semibold">
        {name} <span className="text-sm font-normal text-slate-700 dark:text-slate-300">· {countText(i18n, readings.length)}</span>
      </h4>
      {extent && (
        <TrendChart
          series={series}
          unitLabel={unit}
          height={mode === 'clinician' ? 130 : 180}
          formatTick={(v) => i18n.number(v, 1)}
          from={i18n.date(new Date(Math.min(...plotted.map((p) => p.t))).toISOString())}
          to={i18n.date(new Date(Math.max(...plotted.map((p) => p.t))).toISOString())}
          domain={axisDomain(kind, data.unit, extent)}
          summary={summaryOf(i18n, name, unit, series, shown.count, shown.aggregated?.unit, latestOf(readings))}
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
