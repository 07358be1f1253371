// The spoken summary of a trend chart (its aria-label): span, range of values, latest, normal range.
import type { I18n } from '../../i18n/i18n.tsx'
import { formatNumber, withUnit } from './lab-format.ts'
import type { TrendSeries } from './trend-series.ts'

export function trendLabel(fmt: Pick<I18n, 't' | 'number' | 'date'>, name: string, series: TrendSeries, original: boolean): string {
  const pts = series.plotted
  const first = pts[0]
  const last = pts.at(-1)
  if (!first || !last) return fmt.t('labs.trend.nothingToPlot')
  const num = (v: number, converted: boolean) => withUnit(formatNumber(fmt, v, converted && !original), series.unit)
  const values = pts.map((p) => p.value)
  const min = pts[values.indexOf(Math.min(...values))] ?? first
  const max = pts[values.indexOf(Math.max(...values))] ?? first
  const parts = [
    fmt.t('labs.trend.aria', {
      name,
      count: pts.length,
      from: fmt.date(first.lab.effective),
      to: fmt.date(last.lab.effective),
      min: num(min.value, min.converted),
      max: num(max.value, max.converted),
      latest: num(last.value, last.converted),
    }),
  ]
  const b = series.band
  if (b) {
    const lo = b.low !== undefined ? formatNumber(fmt, b.low) : undefined
    const hi = b.high !== undefined ? formatNumber(fmt, b.high) : undefined
    const range = lo !== undefined && hi !== undefined ? `${lo}–${hi}` : lo !== undefined ? `≥ ${lo}` : `≤ ${hi}`
    parts.push(fmt.t('labs.trend.ariaBand', { range: withUnit(range, series.unit) }))
  }
  return parts.join(' ')
}
