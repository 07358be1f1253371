// The marker shown next to a reading that failed a plausibility check, for labs and vitals alike.
import type { ImplausibleRule } from '../domain/plausibility.ts'
import type { I18n } from '../i18n/i18n.tsx'

export function implausibleText(fmt: Pick<I18n, 't'>, rule: ImplausibleRule): string {
  return fmt.t(rule === 'observation.implausible-date' ? 'reading.implausible-date' : 'reading.implausible-value')
}
