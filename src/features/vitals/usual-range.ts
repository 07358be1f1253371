// What the guidelines say about a reading, in words: the usual adult range and where the reading
// falls, or the blood-pressure category. Worded as context, never as the source's flag.
import { useQuery } from '@tanstack/react-query'
import type { VitalSign } from '../../domain/observation.ts'
import { ADULT_RANGES, bpCategory, positionInRange } from '../../domain/vital-ranges.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { patientQueries } from '../patient/queries.ts'
import { type Fmt, unitWord } from './vital-format.ts'

/**
 * Adult ranges apply only when the patient's age says 18 or over. Undefined while the patient record
 * is loading or when it gives no age: no range is shown then.
 */
export function useAdult(session: SmartSession): boolean | undefined {
  const patient = useQuery({ ...patientQueries.summary(session), select: (d) => d.patient?.age?.years })
  return patient.data === undefined ? undefined : patient.data >= 18
}

export function bpCategoryText(fmt: Fmt, v: VitalSign, adult: boolean | undefined): string | undefined {
  if (v.kind !== 'blood-pressure' || v.implausible?.length) return undefined
  const category = bpCategory(v.systolic?.value, v.diastolic?.value, adult === true)
  return category && fmt.t(`vitals.bp.${category}`)
}

/** The usual adult range ("60–100 beats/min"), the sentence around it, and, outside it, "Above the usual range". */
export function usualRangeText(fmt: Fmt, v: VitalSign, adult: boolean | undefined): { bounds: string; range: string; position?: string } | undefined {
  if (v.kind === 'blood-pressure' || !adult) return undefined
  const range = ADULT_RANGES[v.kind]
  if (!range) return undefined
  const unit = unitWord(fmt, v.kind, { unit: range.unit })
  const join = (n: string) => (unit ? `${n} ${unit}` : n)
  // One-sided ranges in words ("95 % or more"), not as ≥, which many readers skip or misread.
  const withUnit =
    range.low !== undefined && range.high !== undefined
      ? join(`${fmt.number(range.low)}–${fmt.number(range.high)}`)
      : range.low !== undefined
        ? fmt.t('vitals.usual.atLeast', { limit: join(fmt.number(range.low)) })
        : fmt.t('vitals.usual.atMost', { limit: join(fmt.number(range.high ?? 0)) })
  const text = fmt.t('vitals.usual.range', { range: withUnit })
  const position = v.value.kind === 'quantity' && !v.implausible?.length ? positionInRange(v.kind, v.value, true) : undefined
  return { bounds: withUnit, range: text, ...(position && position !== 'within' && { position: fmt.t(`vitals.usual.${position}`) }) }
}
