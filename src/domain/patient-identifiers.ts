// Identifiers and the MRN. Records carry many identifiers (enterprise ids, portal logins, retired
// MRNs), so the MRN is chosen by its type, never by position, and never from an ended period.
import { codingsOf, SYSTEMS } from './coding.ts'
import { field, list, str } from './json.ts'
import { isCurrent } from './patient-names.ts'
import type { RuleId } from './rules.ts'

export interface PatientIdentifier {
  type?: string
  system?: string
  value: string
  use?: string
  current: boolean
  mrn: boolean
}

/** Labels that name the medical record number itself (beats a generic "medical record number" type). */
const MRN_LABELS = new Set(['MRN', 'EPI', 'MR'])

/** 2 = labelled as the MRN, 1 = typed MR (v2-0203), 0 = not an MRN. */
function mrnScore(type: unknown): number {
  const labels = [str(field(type, 'text')), ...codingsOf(type).map(({ coding }) => coding.display)]
  if (labels.some((l) => l !== undefined && MRN_LABELS.has(l.trim().toUpperCase()))) return 2
  const typed = codingsOf(type).some(({ coding }) => coding.system === SYSTEMS.identifierType && coding.code === 'MR')
  return typed ? 1 : 0
}

function typeLabel(type: unknown): string | undefined {
  return str(field(type, 'text'))?.trim() ?? codingsOf(type).find(({ coding }) => coding.display)?.coding.display
}

export interface Identifiers {
  identifiers: PatientIdentifier[]
  mrn?: { value: string; index: number; rules: RuleId[] }
}

export function identifiersOf(raw: unknown, today: Date): Identifiers {
  const rows = list(raw).flatMap((id, index) => {
    const rawValue = str(field(id, 'value'))
    if (rawValue === undefined) return []
    const type = field(id, 'type')
    return [{ index, rawValue, score: mrnScore(type), current: isCurrent(id, today), label: typeLabel(type), id }]
  })
  const candidates = rows.filter((r) => r.score > 0 && r.current).sort((a, b) => b.score - a.score || a.index - b.index)
  const best = candidates[0]
  const identifiers = rows.map((r) => {
    const system = str(field(r.id, 'system'))?.trim()
    const use = str(field(r.id, 'use'))?.trim()
    return {
      ...(r.label !== undefined && { type: r.label }),
      ...(system !== undefined && { system }),
      value: r.rawValue.trim(),
      ...(use !== undefined && { use }),
      current: r.current,
      mrn: r === best,
    }
  })
  if (!best) return { identifiers }
  const rules: RuleId[] = ['identifier.mrn-by-type']
  if (rows.some((r) => r.score > 0 && !r.current)) rules.push('identifier.skip-ended')
  if (best.rawValue.trim() !== best.rawValue) rules.push('identifier.value-trimmed')
  return { identifiers, mrn: { value: best.rawValue.trim(), index: best.index, rules } }
}
