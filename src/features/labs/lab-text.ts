// Row-level words shared by the clinician table and the patient cards.
import type { I18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'
import { rangeText, valueText } from './lab-format.ts'
import type { LabGroup } from './lab-groups.ts'

type Fmt = Pick<I18n, 'number' | 't'>

const STATUS: Partial<Record<string, MessageKey>> = {
  preliminary: 'labs.status.preliminary',
  corrected: 'labs.status.corrected',
  amended: 'labs.status.amended',
  registered: 'labs.status.registered',
}

export function statusNote(fmt: Fmt, status: string): string | undefined {
  const key = STATUS[status]
  return key ? fmt.t(key) : undefined
}

export function earlierText(fmt: Fmt, g: LabGroup): string | undefined {
  if (!g.earlier) return undefined
  return g.earlierCritical ? fmt.t('labs.earlierCritical', { count: g.earlier, critical: g.earlierCritical }) : fmt.t('labs.earlier', { count: g.earlier })
}

const COMPARATORS: Array<[RegExp, MessageKey]> = [
  [/^(?:<=|≤)\s*(.+)$/, 'labs.plain.atMost'],
  [/^(?:>=|≥)\s*(.+)$/, 'labs.plain.atLeast'],
  [/^<\s*(.+)$/, 'labs.plain.under'],
  [/^>\s*(.+)$/, 'labs.plain.over'],
]

/** "<100" and "≤ 5.1 mmol/L", as labs write one-sided ranges, in words: "under 100", "5.1 mmol/L or less". */
export function plainRange(fmt: Fmt, range: string): string {
  const text = range.trim()
  for (const [re, key] of COMPARATORS) {
    const limit = re.exec(text)?.[1]
    if (limit !== undefined && /\d/.test(limit)) return fmt.t(key, { limit })
  }
  return range
}

/**
 * The card's sentence under the test's name: "6.4 mmol/L — critically high. Normal range 3.5–5.1 mmol/L."
 * The name is the card's heading, so the sentence does not repeat it.
 */
export function plainSentence(fmt: Fmt, g: LabGroup): string {
  const lab = g.latest
  if (!lab) return fmt.t('labs.allRetracted')
  const value = valueText(fmt, lab.value)
  const flag = lab.interpretation ?? lab.derivedFlag?.flag
  // A computed flag says so in words, so it is never read as the lab's own judgement.
  const flagText = flag && fmt.t(`labs.plain.flag.${flag}`) + (lab.interpretation ? '' : ` (${fmt.t('labs.flag.computed')})`)
  const first = flagText ? fmt.t('labs.plain.withFlag', { value, flag: flagText }) : fmt.t('labs.plain.noFlag', { value })
  const range = rangeText(fmt, lab.referenceRange)
  if (!range) return first
  // "Normal range Yellow" reads oddly: a range without numbers is what is expected.
  const words = !/\d/.test(range)
  return `${first} ${words ? fmt.t('labs.plain.expected', { range }) : fmt.t('labs.plain.range', { range: plainRange(fmt, range) })}`
}
