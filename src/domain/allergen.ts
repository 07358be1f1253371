// Which coding names an allergen, and whether it is a food. Drugs are best named by RxNorm, then
// SNOMED CT, then UNII; every coding is kept. A food allergen may arrive filed as "medication"
// (Epic does this for peanut), so the category is checked against the codings.
import { type CodeRef, codingsOf, pickCoding, SYSTEMS } from './coding.ts'

export const UNII = 'urn:oid:2.16.840.1.113883.4.9'
export const ALLERGEN_PREFERENCE: readonly string[] = [SYSTEMS.rxnorm, SYSTEMS.snomed, UNII, 'http://fdasis.nlm.nih.gov']

export const pickAllergen = (concept: unknown) => pickCoding(concept, ALLERGEN_PREFERENCE)

export function allCodings(concept: unknown): CodeRef[] {
  return codingsOf(concept).map(({ coding }) => coding)
}

/**
 * A deliberately small list: the US "major food allergens" (FALCPA 2004 plus sesame, FASTER Act
 * 2021) as SNOMED CT substances and FDA UNII codes, and their English names.
 */
const FOOD_CODES = new Set([
  '256349002', '762952008', // peanut (SNOMED)
  'QE1QX6B99R', // peanut (UNII)
  '102263004', // egg
  '3718001', // cow's milk
  '227493005', // tree nut
  '227037002', // fish
  '44027008', // seafood / shellfish
  '412071004', // wheat
  '256350002', // soy
  '227598003', // sesame
])
const FOOD_NAMES = /\b(peanuts?|eggs?|milk|tree nuts?|almonds?|cashews?|walnuts?|fish|shellfish|shrimp|crab|wheat|soy|soybeans?|sesame)\b/i

export function looksLikeFood(concept: unknown, name: string | undefined): boolean {
  if (codingsOf(concept).some(({ coding }) => FOOD_CODES.has(coding.code))) return true
  const hasDrugCode = codingsOf(concept).some(({ coding }) => coding.system === SYSTEMS.rxnorm)
  return !hasDrugCode && name !== undefined && FOOD_NAMES.test(name)
}
