// An instruction built from the structured dose, route and timing, for requests that carry no sig
// text. As-needed is left out: every view already shows it on its own line.
import type { DoseTiming, MedicationItem } from '../../domain/medication.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'
import { instructionsOf } from './medication-groups.ts'

const EVERY: Record<NonNullable<DoseTiming['periodUnit']>, MessageKey> = {
  h: 'medications.sig.everyHours',
  d: 'medications.sig.everyDays',
  wk: 'medications.sig.everyWeeks',
  mo: 'medications.sig.everyMonths',
}
const ONCE_PER: Record<NonNullable<DoseTiming['periodUnit']>, MessageKey> = {
  h: 'medications.sig.oncePerHour',
  d: 'medications.sig.oncePerDay',
  wk: 'medications.sig.oncePerWeek',
  mo: 'medications.sig.oncePerMonth',
}
const TIMES_PER: Record<NonNullable<DoseTiming['periodUnit']>, MessageKey> = {
  h: 'medications.sig.timesPerHour',
  d: 'medications.sig.timesPerDay',
  wk: 'medications.sig.timesPerWeek',
  mo: 'medications.sig.timesPerMonth',
}

function timingText(i18n: I18n, timing: DoseTiming): string {
  if (timing.periodUnit === undefined) return timing.text
  const { frequency, period, periodUnit } = timing
  // "3 times a day" or "every 8 hours": one dose per period reads best as an interval.
  if (frequency === 1 && period === 1) return i18n.t(ONCE_PER[periodUnit])
  if (frequency === 1) return i18n.t(EVERY[periodUnit], { n: i18n.number(period) })
  if (period === 1) return i18n.t(TIMES_PER[periodUnit], { n: i18n.number(frequency) })
  return i18n.t('medications.sig.timesEvery', { n: i18n.number(frequency), every: i18n.t(EVERY[periodUnit], { n: i18n.number(period) }) })
}

export function builtSig(i18n: I18n, m: MedicationItem): string | undefined {
  const parts = [
    m.dose && [i18n.number(m.dose.value), m.dose.unit].filter(Boolean).join(' '),
    m.route && i18n.t('medications.sig.route', { route: m.route.toLowerCase() }),
    m.timing && timingText(i18n, m.timing),
  ].filter((p): p is string => !!p)
  if (!m.dose || parts.length < 2) return undefined
  return parts.join(', ')
}

/** What every view shows: the sig (or one built from the structure), then the patient instruction. */
export function fullInstructions(i18n: I18n, m: MedicationItem): { main?: string; extra?: string } {
  return instructionsOf(m, builtSig(i18n, m))
}
