// Display order and reaction wording for the allergy list; pure, so both layouts agree.
import type { AllergyItem } from '../../domain/allergy.ts'
import type { Reaction } from '../../domain/allergy-reaction.ts'

const rank = (a: AllergyItem) => (a.criticality === 'high' ? 0 : 1) * 2 + (a.clinicalStatus === 'inactive' || a.clinicalStatus === 'resolved' ? 1 : 0)

/** High criticality first, then current before inactive or resolved, then by name. */
export function sortAllergies(items: readonly AllergyItem[]): AllergyItem[] {
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (a.substance ?? '').localeCompare(b.substance ?? '', undefined, { sensitivity: 'base' }),
  )
}

/**
 * What a reaction looked like: its manifestations, else its description. A description that only
 * repeats the manifestation (some servers copy one into the other) is not shown twice.
 */
export function reactionWords(r: Reaction): string | undefined {
  const names = r.manifestations.map((m) => m.text).filter((x): x is string => x !== undefined)
  const joined = names.join(', ')
  if (names.length === 0) return r.description
  if (r.description === undefined || joined.toLowerCase().includes(r.description.toLowerCase())) return joined
  return `${joined}: ${r.description}`
}
