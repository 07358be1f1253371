// Pure shaping of the medication list for display: which entries are current, which are past, what
// is hidden, and which of the two instruction texts to lead with.
import type { Ingredient } from '../../domain/medication-source.ts'
import { isActiveMedication, type MedicationItem } from '../../domain/medication.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import type { MedicationData } from './queries.ts'

export interface MedicationView {
  active: MedicationItem[]
  /** On hold: neither current nor stopped, so a group of its own. */
  onHold: MedicationItem[]
  past: MedicationItem[]
  /** Entered-in-error entries: retracted, so never listed, only counted. */
  hidden: number
  completeness: MedicationData['completeness']
  warnings: FhirWarning[]
}

const byName = (a: MedicationItem, b: MedicationItem) => (a.name ?? '').localeCompare(b.name ?? '', undefined, { sensitivity: 'base' })
const lastDate = (m: MedicationItem) => m.end ?? m.start ?? m.authoredOn ?? ''

/** For `select`: current first (by name), then the rest, most recently ended first. */
export function toMedicationView(data: MedicationData, today: Date = new Date()): MedicationView {
  const shown = data.items.filter((m) => m.status !== 'entered-in-error')
  const active = shown.filter((m) => isActiveMedication(m, today)).sort(byName)
  const onHold = shown.filter((m) => m.status === 'on-hold').sort(byName)
  const past = shown
    .filter((m) => !isActiveMedication(m, today) && m.status !== 'on-hold')
    .sort((a, b) => lastDate(b).localeCompare(lastDate(a)) || byName(a, b))
  return { active, onHold, past, hidden: data.items.length - shown.length, completeness: data.completeness, warnings: data.warnings }
}

const ingredientLabel = (i: Ingredient) => [i.name, i.strength].filter((x) => x !== undefined).join(' ')

/**
 * Ingredients worth listing: a compound or mixture (two or more), or a single one that says more
 * than the product name (some servers repeat the product as its only ingredient).
 */
export function ingredientsToShow(m: MedicationItem): string[] {
  const labels = m.ingredients.map(ingredientLabel).filter((l) => l !== '')
  if (labels.length === 1 && labels[0]?.toLowerCase() === m.name?.toLowerCase()) return []
  return labels
}

const squash = (s: string) => s.toLowerCase().replace(/[\s.]+/g, ' ').trim()

/**
 * The full instruction: the sig (or, without one, the instruction built from the structured dose),
 * and the patient instruction as an extra line when it adds something. Both are always shown, so
 * a patient instruction never hides the dose and frequency.
 */
export function instructionsOf(m: MedicationItem, built?: string): { main?: string; extra?: string } {
  const first = m.dosageText ?? built
  const second = m.patientInstruction
  if (first === undefined) return second !== undefined ? { main: second } : {}
  if (second === undefined || squash(first).includes(squash(second)) || squash(second).includes(squash(first))) return { main: first }
  return { main: first, extra: second }
}
