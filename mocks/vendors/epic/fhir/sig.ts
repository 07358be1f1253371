// Epic's dosage structure is derived from the order's discrete fields; our facts only keep the
// sig text, so the dose and frequency are read back out of it with a few forgiving patterns.
import type { Quantity } from 'fhir/r4'
import type { MedicationFact } from '../../../data/types.ts'
import { SYS } from './codes.ts'

const DOSE_UNITS: [RegExp, string, string][] = [
  [/^tab/i, 'tablet', '{tbl}'],
  [/^cap/i, 'capsule', '{cap}'],
  [/^puff/i, 'puff', '{puff}'],
  [/^ml$/i, 'mL', 'mL'],
  [/^mg$/i, 'mg', 'mg'],
  [/^mcg$/i, 'mcg', 'ug'],
  [/^g$/i, 'g', 'g'],
  [/^units?$/i, 'Units', '[iU]'],
  [/^drops?$/i, 'drop', '[drp]'],
  [/^applications?$/i, 'application', '{appl}'],
]

const DOSE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:\([a-z-]+\)\s*)?(tablets?|capsules?|puffs?|mL|mg|mcg|g|units?|drops?|applications?)\b/i

/** First "<number> <unit>" in the sig, as a UCUM quantity. */
export function doseFromSig(text: string): Quantity | undefined {
  const m = DOSE.exec(text)
  if (!m?.[1] || !m[2]) return undefined
  const unit = DOSE_UNITS.find(([re]) => re.test(m[2] as string))
  if (!unit) return undefined
  return { value: Number(m[1].replace(/,/g, '')), unit: unit[1], system: SYS.ucum, code: unit[2] }
}

const FREQUENCIES = [
  /every \d+(?:\s*(?:-|to)\s*\d+)? (?:hours?|days?|weeks?)/i,
  /\d+(?: \([a-z]+\))? times? (?:daily|a day|weekly)/i,
  /(?:once|twice|three times|four times) (?:daily|a day|weekly)/i,
  /\b(?:daily|nightly|at bedtime|weekly|every morning|every evening|once)\b/i,
]

/** Frequency phrase for `timing.code.text`, e.g. "Every 6 hours". */
export function frequencyFromSig(fact: MedicationFact): string | undefined {
  for (const re of FREQUENCIES) {
    const m = re.exec(fact.dosageText)
    // Epic appends PRN to the frequency of as-needed orders.
    if (m) return m[0].charAt(0).toUpperCase() + m[0].slice(1) + (fact.asNeeded ? ' PRN' : '')
  }
  return fact.asNeeded ? 'As needed' : undefined
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** Epic's sig date style: "Tue 5/28/2019". */
function sigDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay()
  return `${WEEKDAYS[day]} ${m}/${d}/${y}`
}

/** The long sig Epic puts in dosageInstruction.text: the order's text plus start and class. */
export function longSig(fact: MedicationFact): string {
  if (fact.reported) return `${fact.dosageText}, Historical Med`
  const start = fact.start ?? fact.authoredOn
  const until = fact.end ? `, Until ${sigDate(fact.end)}` : ''
  return `${fact.dosageText}, Starting ${sigDate(start)}${until}, Normal`
}

export const dateOnly = (iso: string) => iso.slice(0, 10)
