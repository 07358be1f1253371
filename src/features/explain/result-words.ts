// A lab result against its range, in words: "Your result is above the usual range (3.5–5.1 mmol/L)."
// The lab's flag decides when there is one; the app's computed flag says it is the app's; with no
// flag, a number inside a range it can be compared with is "within", and anything else is described
// without a judgement. A range sent as one number with no text (Oracle sends its labs' ranges as an upper
// limit only) is missing its other limit, not declaring that there is none: a value inside it is only
// "not above" (or "not below") that limit.
import type { ViewMode } from '../../app/view-mode.tsx'
import { parseRangeText } from '../../domain/derived-flag.ts'
import type { LabResult } from '../../domain/observation.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import { rangeText } from '../labs/lab-format.ts'
import { explainText } from './messages.ts'

type Fmt = Pick<I18n, 'number' | 't' | 'locale'>

/** True when the value is a number the range can be compared with, and it lies inside. */
export function isWithinRange(lab: Pick<LabResult, 'value' | 'referenceRange'>): boolean {
  const v = lab.value
  const r = lab.referenceRange
  if (v.kind !== 'quantity' || !r) return false
  if (r.low !== undefined || r.high !== undefined) {
    if (r.unit !== undefined && v.unit !== undefined && r.unit !== v.unit) return false
    return (r.low === undefined || v.value >= r.low) && (r.high === undefined || v.value <= r.high)
  }
  const b = r.text !== undefined ? parseRangeText(r.text) : undefined
  if (!b) return false
  const aboveLow = !b.low || (b.low.inclusive ? v.value >= b.low.value : v.value > b.low.value)
  const belowHigh = !b.high || (b.high.inclusive ? v.value <= b.high.value : v.value < b.high.value)
  return aboveLow && belowHigh
}

/** The limit a numeric range left out, when it gave only one and no text to say that is all there is. */
function missingLimit(r: LabResult['referenceRange']): 'low' | 'high' | undefined {
  if (!r || r.text !== undefined) return undefined
  if (r.low === undefined && r.high !== undefined) return 'low'
  if (r.high === undefined && r.low !== undefined) return 'high'
  return undefined
}

const WITHIN = { low: 'notAbove', high: 'notBelow' } as const

export function resultWords(fmt: Fmt, lab: LabResult, mode: ViewMode): string[] {
  const range = rangeText(fmt, lab.referenceRange)
  const inBrackets = range && /\d/.test(range) ? ` (${range})` : ''
  const flag = lab.interpretation ?? lab.derivedFlag?.flag
  if (flag) {
    const words = [explainText(fmt.locale, `${mode}.${flag}`, { range: inBrackets })]
    if (!lab.interpretation) words.push(explainText(fmt.locale, `${mode}.computed`))
    return words
  }
  if (range === undefined) return [explainText(fmt.locale, `${mode}.noRange`)]
  if (isWithinRange(lab)) {
    const missing = missingLimit(lab.referenceRange)
    return [explainText(fmt.locale, `${mode}.${missing ? WITHIN[missing] : 'N'}`, { range: inBrackets })]
  }
  return [explainText(fmt.locale, `${mode}.expected`, { range })]
}
