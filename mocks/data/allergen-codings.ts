// Epic lists up to ~40 codings on one allergen (§8.6): the class concept plus every member product in
// RxNorm, UNII, SNOMED and NDF-RT. These extra codings are generated: the names are penicillin-class
// drugs, but the codes come from a seeded generator and are not real concept ids in those systems.
import type { AllergenCoding } from './types.ts'
import { mulberry32 } from './random.ts'

const PENICILLIN_MEMBERS = [
  'Amoxicillin', 'Ampicillin', 'Dicloxacillin', 'Nafcillin', 'Oxacillin', 'Piperacillin', 'Ticarcillin',
  'Penicillin V', 'Penicillin G benzathine', 'Penicillin G procaine', 'Carbenicillin', 'Cloxacillin',
]

const UNII_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** `count` synthetic member codings after the hand-written ones, cycling through the four systems. */
export function penicillinMemberCodings(count: number): AllergenCoding[] {
  const rng = mulberry32(0x9e1c11)
  const digits = (n: number) => String(Math.floor(rng() * 10 ** n)).padStart(n, '1')
  const unii = () => Array.from({ length: 10 }, () => UNII_CHARS[Math.floor(rng() * UNII_CHARS.length)]).join('')
  const systems: AllergenCoding['system'][] = ['rxnorm', 'unii', 'snomed', 'ndfrt']
  return Array.from({ length: count }, (_, i) => {
    const system = systems[i % systems.length] ?? 'rxnorm'
    const name = PENICILLIN_MEMBERS[Math.floor(i / systems.length) % PENICILLIN_MEMBERS.length] ?? 'Penicillin'
    if (system === 'unii') return { system, code: unii(), display: name.toUpperCase() }
    if (system === 'snomed') return { system, code: `9${digits(8)}`, display: `${name} (substance)` }
    if (system === 'ndfrt') return { system, code: `N${digits(10)}`, display: name }
    return { system, code: digits(7), display: name }
  })
}
