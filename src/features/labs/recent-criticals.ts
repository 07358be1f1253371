// Critical results from the recent past. A critical value is easy to miss once a later, normal
// result replaces it as the "latest"; the Summary lists the ones of the last 90 days with their date.
import { isCritical } from '../../domain/interpretation.ts'
import type { LabResult } from '../../domain/observation.ts'
import { isRetracted } from './lab-groups.ts'

export const CRITICAL_WINDOW_DAYS = 90
const DAY_MS = 86_400_000

/**
 * Results the lab flagged critical (HH, LL, AA) and taken no more than `days` before `now`, newest
 * first. A retracted result is not a result. The app's own computed flags are never critical, so
 * only the lab's judgement counts.
 */
export function recentCriticals(items: readonly LabResult[], now: Date, days = CRITICAL_WINDOW_DAYS): LabResult[] {
  const since = now.getTime() - days * DAY_MS
  const at = (lab: LabResult) => (lab.effective ? Date.parse(lab.effective) : Number.NaN)
  return items
    .filter((lab) => !isRetracted(lab) && isCritical(lab.interpretation) && at(lab) >= since)
    .sort((a, b) => at(b) - at(a))
}
