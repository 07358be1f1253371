// Lab results grouped by test, for `select`. The "latest" of a test is its newest usable result:
// a retracted (entered-in-error) or cancelled result must never stand in for the current value.
import { isAbnormal, isCritical } from '../../domain/interpretation.ts'
import type { LabResult } from '../../domain/observation.ts'
import { isImplausible } from '../../domain/plausibility.ts'
import type { LabData } from './queries.ts'

export interface LabGroup {
  /** LOINC when known, else the test name (the same key `latestLabs` uses). */
  key: string
  loinc?: string
  name?: string
  /** Every result of the test, retracted ones included, newest first. */
  results: LabResult[]
  /** Newest result that counts; undefined when every result was retracted or implausibly dated. */
  latest?: LabResult
  /** Usable results before the latest. */
  earlier: number
  /** How many of those were critical: a past critical value is worth knowing at a glance. */
  earlierCritical: number
  /** True when at least one result has a number, so a chart can be drawn. */
  numeric: boolean
}

export const isRetracted = (lab: Pick<LabResult, 'status'>) => lab.status === 'entered-in-error' || lab.status === 'cancelled'

/** A result that may stand for the test: not withdrawn, and not dated 2099 or at the Unix epoch. */
export const isUsable = (lab: LabResult) => !isRetracted(lab) && !isImplausible(lab)

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0)

export const labKey = (lab: LabResult) => lab.loinc ?? lab.name ?? lab.id ?? ''

export function groupLabs(data: Pick<LabData, 'items'>): LabGroup[] {
  const byKey = new Map<string, LabResult[]>()
  for (const lab of data.items) {
    const key = labKey(lab)
    byKey.set(key, [...(byKey.get(key) ?? []), lab])
  }
  const groups = [...byKey].map(([key, list]): LabGroup => {
    const results = [...list].sort((a, b) => time(b.effective) - time(a.effective))
    const usable = results.filter(isUsable)
    const latest = usable[0]
    const named = results.find((r) => r.name) ?? results[0]
    return {
      key,
      ...(named?.loinc !== undefined && { loinc: named.loinc }),
      ...(named?.name !== undefined && { name: named.name }),
      results,
      ...(latest && { latest }),
      earlier: Math.max(0, usable.length - 1),
      earlierCritical: usable.slice(1).filter((r) => isCritical(r.interpretation)).length,
      numeric: usable.some((r) => r.value.kind === 'quantity'),
    }
  })
  return groups.sort((a, b) => time(b.latest?.effective) - time(a.latest?.effective) || (a.name ?? a.key).localeCompare(b.name ?? b.key))
}

/** For the summary: the tests whose latest usable result is flagged abnormal, newest first. */
export function latestAbnormalLabs(data: Pick<LabData, 'items'>): LabGroup[] {
  // A computed flag counts as abnormal too: Oracle Health labs arrive with no server flag at all.
  return groupLabs(data).filter((g) => isAbnormal(g.latest?.interpretation ?? g.latest?.derivedFlag?.flag))
}
