// Lab values and ranges as text, in the user's locale. Values keep the precision the lab sent
// (1.018 must not become 1.02); converted values are cut to three significant digits so a unit
// conversion never looks more precise than the measurement was.
import type { ReferenceRange } from '../../domain/observation-fields.ts'
import type { ObservationValue } from '../../domain/observation-value.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import { unitLabel } from './unit-label.ts'

type Fmt = Pick<I18n, 'number' | 't'>

const decimalsOf = (v: number) => Math.min(4, (String(v).split('.')[1] ?? '').length)

export function formatNumber(fmt: Pick<I18n, 'number'>, v: number, converted = false): string {
  const shown = converted ? Number(v.toPrecision(3)) : v
  return fmt.number(shown, decimalsOf(shown))
}

export function withUnit(num: string, unit: string | undefined, display?: string): string {
  const u = unitLabel(unit, display)
  if (!u) return num
  // "74/min" reads as a rate; "74 /min" looks like a stray slash.
  return u.startsWith('/') ? `${num}${u}` : `${num} ${u}`
}

/** "6.4 mmol/L", "<5 mg/dL", "Dark yellow", or why there is no value. */
export function valueText(fmt: Fmt, value: ObservationValue): string {
  switch (value.kind) {
    case 'quantity':
      return withUnit(`${value.comparator ?? ''}${formatNumber(fmt, value.value)}`, value.unit, value.unitDisplay)
    case 'text':
      return value.text
    case 'coded':
      return value.text ?? value.code?.display ?? value.code?.code ?? fmt.t('labs.value.absent')
    case 'absent':
      return fmt.t('labs.value.absent')
  }
}

/** "3.5–5.1 mmol/L" when both limits are numbers, else the lab's own text ("<5.7"), else one limit. */
export function rangeText(fmt: Fmt, r: ReferenceRange | undefined): string | undefined {
  if (!r) return undefined
  if (r.low !== undefined && r.high !== undefined) {
    return withUnit(`${formatNumber(fmt, r.low)}–${formatNumber(fmt, r.high)}`, r.unit)
  }
  if (r.text) return r.text
  if (r.high !== undefined) return withUnit(`≤ ${formatNumber(fmt, r.high)}`, r.unit)
  if (r.low !== undefined) return withUnit(`≥ ${formatNumber(fmt, r.low)}`, r.unit)
  return undefined
}
