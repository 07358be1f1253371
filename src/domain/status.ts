// Status codes arrive padded ("entered-in-error ") or in odd case; anything outside the value set
// becomes "unknown" rather than passing through as a new, unhandled state.
import { str } from './json.ts'
import type { RuleId } from './rules.ts'

export interface NormalizedStatus<S extends string> {
  value: S | 'unknown'
  rules: RuleId[]
  /** The original text when it was not in the value set. */
  rejected?: string
}

export function normalizeStatus<S extends string>(v: unknown, allowed: readonly S[]): NormalizedStatus<S> {
  const raw = str(v)
  if (raw === undefined) return { value: 'unknown', rules: [] }
  const clean = raw.trim().toLowerCase()
  const rules: RuleId[] = clean !== raw ? ['status.trimmed'] : []
  const hit = allowed.find((s) => s === clean)
  if (hit !== undefined) return { value: hit, rules }
  return { value: 'unknown', rules: [...rules, 'status.unknown'], rejected: raw }
}
