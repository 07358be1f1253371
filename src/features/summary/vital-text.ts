// Latest vitals as words: "128/82 mmHg", "36.6 °C". Blood pressure is read from its components.
import type { VitalKind } from '../../domain/vital-kinds.ts'
import type { VitalSign } from '../../domain/observation.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import { formatNumber, valueText, withUnit } from '../labs/lab-format.ts'

export const VITAL_ORDER: VitalKind[] = ['blood-pressure', 'heart-rate', 'resp-rate', 'temperature', 'spo2', 'weight', 'height', 'bmi']

export function vitalText(fmt: Pick<I18n, 'number' | 't'>, v: VitalSign): string {
  if (v.kind !== 'blood-pressure') return valueText(fmt, v.value)
  const sys = v.systolic ? formatNumber(fmt, v.systolic.value) : '—'
  const dia = v.diastolic ? formatNumber(fmt, v.diastolic.value) : '—'
  const unit = v.systolic ?? v.diastolic
  return withUnit(`${sys}/${dia}`, unit?.unit, unit?.unitDisplay)
}

export const byVitalOrder = (a: VitalSign, b: VitalSign) => VITAL_ORDER.indexOf(a.kind) - VITAL_ORDER.indexOf(b.kind)
