// The previous result of a test and how far the latest moved from it, for the clinician table.
// Two numbers are only subtracted when they are plainly the same kind of number: both exact
// quantities in the same unit. A converted comparison (µmol/L vs mg/dL) belongs to the trend,
// which says it converted; a bare arrow in a dense row would hide that.
import type { LabResult } from '../../domain/observation.ts'
import { isUsable, type LabGroup } from './lab-groups.ts'

export type NotCompared = 'not-numeric' | 'other-unit' | 'censored'

export type LabChange =
  | { kind: 'no-previous' }
  | { kind: 'not-compared'; previous: LabResult; reason: NotCompared }
  | { kind: 'compared'; previous: LabResult; delta: number; unit?: string; unitDisplay?: string }

const decimalsOf = (v: number) => Math.min(4, (String(v).split('.')[1] ?? '').length)

/** What two quantities must share to be compared: the UCUM code, else the printed unit. */
export const unitOf = (v: { unit?: string; unitDisplay?: string }) => v.unit ?? v.unitDisplay

export function labChange(g: Pick<LabGroup, 'results' | 'latest'>): LabChange {
  const latest = g.latest
  if (!latest) return { kind: 'no-previous' }
  const usable = g.results.filter(isUsable)
  const previous = usable[usable.indexOf(latest) + 1]
  if (!previous) return { kind: 'no-previous' }
  const now = latest.value
  const before = previous.value
  if (now.kind !== 'quantity' || before.kind !== 'quantity') return { kind: 'not-compared', previous, reason: 'not-numeric' }
  if (now.comparator || before.comparator) return { kind: 'not-compared', previous, reason: 'censored' }
  if (unitOf(now) !== unitOf(before)) return { kind: 'not-compared', previous, reason: 'other-unit' }
  // Floating point would turn 4.7 − 5.3 into −0.5999…: keep the precision the lab reported.
  const decimals = Math.max(decimalsOf(now.value), decimalsOf(before.value))
  const delta = Number((now.value - before.value).toFixed(decimals)) || 0
  return {
    kind: 'compared',
    previous,
    delta,
    ...(now.unit !== undefined && { unit: now.unit }),
    ...(now.unitDisplay !== undefined && { unitDisplay: now.unitDisplay }),
  }
}
