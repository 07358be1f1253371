// Millennium keeps every contact ever registered on a person, dozens on a long record, most of them
// ended (§8.7: 47 of 72 in one recording had a past period.end). Generated from a seed so the
// record is the same on every run; names and numbers are invented (555-01xx is a fictional range).
import type { Contact } from './types.ts'
import { addDays } from './fact-builders.ts'
import { intBetween, mulberry32, pick } from './random.ts'

const GIVEN = ['Amara', 'Bisi', 'Chidi', 'Dayo', 'Efe', 'Funmi', 'Gloria', 'Hakeem', 'Ifeoma', 'Jide', 'Kemi', 'Lola', 'Musa', 'Nkechi', 'Obi', 'Peter', 'Ruth', 'Seun', 'Tolu', 'Uche']
const FAMILY = ['Adeyemi', 'Okafor', 'Balogun', 'Eze', 'Hansen', 'Martin', 'Nwosu', 'Olsen', 'Reyes', 'Whitfield']

/** `count` ended contacts, each registered for an admission and ended between `from` and `to`. */
export function endedContacts(seed: number, count: number, areaCode: string, from: string, to: string): Contact[] {
  const rng = mulberry32(seed)
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
  return Array.from({ length: count }, (_, i): Contact => ({
    relationship: i % 7 === 3 ? 'spouse' : 'emergency',
    name: { given: [pick(rng, GIVEN)], family: pick(rng, FAMILY) },
    phone: `(${areaCode}) 555-01${String(intBetween(rng, 0, 99)).padStart(2, '0')}`,
    ended: addDays(`${from}T00:00:00Z`, Math.round((span * i) / count) + intBetween(rng, 0, 20)).slice(0, 10),
  }))
}
