// Words for one trend row: its value (in the chart unit or as reported) and why it is not plotted.
import type { I18n } from '../../i18n/i18n.tsx'
import { formatNumber, valueText, withUnit } from './lab-format.ts'
import { statusNote } from './lab-text.ts'
import type { TrendRow, TrendSeries } from './trend-series.ts'
import { implausibleText } from '../implausible-text.ts'
import { unitLabel } from './unit-label.ts'

type Fmt = Pick<I18n, 'number' | 't'>

export function originalText(fmt: Fmt, row: TrendRow): string {
  const o = row.original
  if (!o) return valueText(fmt, row.lab.value)
  return withUnit(`${o.comparator ?? ''}${formatNumber(fmt, o.value)}`, o.unit, o.unitDisplay)
}

/** The value as the chart shows it: converted to the series unit unless originals were asked for. */
export function shownText(fmt: Fmt, row: TrendRow, series: TrendSeries, original: boolean): string {
  if (row.state === 'plotted' && row.value !== undefined && !original) {
    return withUnit(formatNumber(fmt, row.value, row.converted), series.unit)
  }
  return originalText(fmt, row)
}

/**
 * Why a row is not on the chart (or its report status), then any comment the lab recorded with the
 * result ("Called to provider."), in plain words; undefined when nothing to say.
 */
export function rowNote(fmt: Fmt, row: TrendRow, series: TrendSeries): string | undefined {
  const comments = (row.lab.notes ?? []).map((text) => fmt.t('labs.trend.labComment', { text }))
  const notes = [appNote(fmt, row, series), ...comments].filter((n): n is string => !!n)
  return notes.length ? notes.join(' · ') : undefined
}

function appNote(fmt: Fmt, row: TrendRow, series: TrendSeries): string | undefined {
  const target = unitLabel(series.unit) || fmt.t('labs.trend.noUnit')
  const from = unitLabel(row.original?.unit, row.original?.unitDisplay) || fmt.t('labs.trend.noUnit')
  switch (row.state) {
    case 'retracted':
      return fmt.t(row.lab.status === 'cancelled' ? 'labs.trend.cancelled' : 'labs.trend.enteredInError')
    case 'implausible':
      return (row.lab.implausible ?? []).map((rule) => implausibleText(fmt, rule)).join('; ')
    case 'censored':
      return fmt.t('labs.trend.censored')
    case 'unconvertible':
      return fmt.t('labs.trend.unconvertible', { from, to: target })
    case 'other-unit':
      return fmt.t('labs.trend.otherUnit', { from, to: target })
    default:
      return statusNote(fmt, row.lab.status)
  }
}
