// Vital values as people read them: UCUM codes become the symbols on a chart ("Cel" → "°C"), and
// patients also see the other everyday unit (°F, lb, ft/in) next to the recorded one.
import type { ViewMode } from '../../app/view-mode.tsx'
import type { VitalSign } from '../../domain/observation.ts'
import type { Measured } from '../../domain/quantity.ts'
import { CONVERSIONS } from '../../domain/vital-conversions.ts'
import type { VitalKind } from '../../domain/vital-kinds.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'
import { implausibleText } from '../implausible-text.ts'

export type Fmt = Pick<I18n, 't' | 'number' | 'date'>

/** Symbols are the same in English and Spanish, so they need no message key. */
const SYMBOLS: Record<string, string> = {
  Cel: '°C', '[degF]': '°F', kg: 'kg', g: 'g', '[lb_av]': 'lb', cm: 'cm', m: 'm', '[in_i]': 'in',
  'mm[Hg]': 'mmHg', '%': '%', 'kg/m2': 'kg/m²',
}

const PER_MINUTE = new Set(['/min', '{beats}/min', '{breaths}/min', '{beat}/min'])

export function unitWord(fmt: Fmt, kind: VitalKind, m: Pick<Measured, 'unit' | 'unitDisplay'>): string {
  if (m.unit !== undefined && PER_MINUTE.has(m.unit)) return fmt.t(kind === 'resp-rate' ? 'vitals.unit.breaths' : 'vitals.unit.beats')
  if (m.unit !== undefined && SYMBOLS[m.unit]) return SYMBOLS[m.unit]
  // Not UCUM (or unknown): the source's own text is all there is; inventing a unit would be worse.
  return m.unitDisplay ?? m.unit ?? ''
}

/** What a patient in the US also reads: °F next to °C, lb next to kg (and the reverse). */
const SECOND_UNIT: Record<string, string> = { Cel: '[degF]', '[degF]': 'Cel', kg: '[lb_av]', '[lb_av]': 'kg' }

function feetInches(fmt: Fmt, cm: number): string {
  const inches = Math.round(cm / 2.54)
  return fmt.t('vitals.unit.feetInches', { ft: Math.floor(inches / 12), in: inches % 12 })
}

function secondText(fmt: Fmt, kind: VitalKind, m: Measured): string | undefined {
  if (m.unit === undefined) return undefined
  if (m.unit === 'cm') return feetInches(fmt, m.value)
  const to = SECOND_UNIT[m.unit]
  const convert = to && CONVERSIONS[m.unit]?.[to]
  if (!to || !convert) return undefined
  return `${fmt.number(convert(m.value), 1)} ${unitWord(fmt, kind, { unit: to })}`
}

export function measuredText(fmt: Fmt, kind: VitalKind, m: Measured, dual = false): string {
  const unit = unitWord(fmt, kind, m)
  const main = `${m.comparator ?? ''}${fmt.number(m.value)}${unit ? ` ${unit}` : ''}`
  const second = dual ? secondText(fmt, kind, m) : undefined
  return second ? `${main} (${second})` : main
}

/** The reading's value as one string: "128/82 mmHg", "37.1 °C", or why there is none. */
export function valueText(fmt: Fmt, v: VitalSign, dual = false): string {
  if (v.kind === 'blood-pressure') {
    const { systolic: s, diastolic: d } = v
    if (!s && !d) return fmt.t('vitals.value.none')
    const unit = unitWord(fmt, v.kind, s ?? d ?? {})
    const part = (m: Measured | undefined) => (m ? `${m.comparator ?? ''}${fmt.number(m.value)}` : '—')
    return `${part(s)}/${part(d)}${unit ? ` ${unit}` : ''}`
  }
  const value = v.value
  switch (value.kind) {
    case 'quantity':
      return measuredText(fmt, v.kind, value, dual)
    case 'text':
      return value.text
    case 'coded':
      return value.text ?? value.code?.code ?? fmt.t('vitals.value.none')
    case 'absent':
      return fmt.t('vitals.value.none')
  }
}

export function kindName(fmt: Fmt, kind: VitalKind, mode: ViewMode): string {
  return fmt.t(`vitals.${mode === 'clinician' ? 'kind' : 'plain'}.${kind}` as MessageKey)
}

const NOTED_STATUSES = new Set(['entered-in-error', 'cancelled', 'preliminary', 'amended', 'corrected'])

/**
 * Words worth showing next to a value: its status ("final" is the norm and says nothing) and any
 * plausibility marker ("date looks wrong").
 */
export function statusNote(fmt: Fmt, v: VitalSign): string | undefined {
  const notes = [
    ...(NOTED_STATUSES.has(v.status) ? [fmt.t(`vitals.status.${v.status}` as MessageKey)] : []),
    ...(v.implausible ?? []).map((rule) => implausibleText(fmt, rule)),
  ]
  return notes.length ? notes.join('; ') : undefined
}

export function dateText(fmt: Fmt, v: VitalSign, withTime = false): string {
  return v.effective ? fmt.date(v.effective, withTime) : fmt.t('vitals.value.noDate')
}

export function countText(fmt: Pick<Fmt, 't' | 'number'>, count: number): string {
  return count === 1 ? fmt.t('vitals.count.one') : fmt.t('vitals.count.other', { count: fmt.number(count) })
}

/** "Weight 82.3 kg on Mar 3, 2025": what the provenance drawer and its button are about. */
export function readingLabel(fmt: Fmt, v: VitalSign, mode: ViewMode): string {
  return fmt.t('vitals.provenance.label', { name: kindName(fmt, v.kind, mode), value: valueText(fmt, v), date: dateText(fmt, v) })
}
