// Where a MedicationRequest's drug is described: inline concept, a contained Medication (`#id`),
// a referenced Medication the caller resolved, or, last, the reference's display text.
import type { Medication } from 'fhir/r4'
import { codeIn, conceptText, isDataAbsent, SYSTEMS } from './coding.ts'
import { field, list, num, records, str } from './json.ts'
import type { ProvenanceBuilder } from './provenance.ts'
import type { RuleId } from './rules.ts'

export type MedicationSource = 'codeable-concept' | 'contained' | 'referenced' | 'reference-display'

export interface Ingredient {
  name?: string
  rxnorm?: string
  strength?: string
}

export interface ResolvedMedication {
  source?: MedicationSource
  name?: string
  concept?: unknown
  /** Provenance path of `concept`; a referenced Medication's paths start with its reference. */
  conceptPath?: string
  medication?: unknown
  medicationPath?: string
}

export type MedicationLookup = (ref: string) => Medication | undefined

function fromMedication(med: unknown, source: MedicationSource, path: string, display: string | undefined, prov: ProvenanceBuilder): ResolvedMedication {
  const concept = field(med, 'code')
  const rule: RuleId = source === 'contained' ? 'medication.contained' : 'medication.referenced'
  const { text, rule: textRule } = conceptText(concept)
  const name = text ?? display
  if (name !== undefined) prov.from('name', text !== undefined ? `${path}.code` : 'medicationReference.display', rule, ...(textRule ? [textRule] : []))
  return { source, concept, conceptPath: `${path}.code`, medication: med, medicationPath: path, ...(name !== undefined && { name }) }
}

function lookupSafely(lookup: MedicationLookup, ref: string): unknown {
  const direct = lookup(ref)
  if (direct !== undefined) return direct
  const relative = /(Medication\/[^/]+)$/.exec(ref)?.[1]
  return relative !== undefined && relative !== ref ? lookup(relative) : undefined
}

export function resolveMedication(req: unknown, lookup: MedicationLookup, prov: ProvenanceBuilder): ResolvedMedication {
  const concept = field(req, 'medicationCodeableConcept')
  if (concept !== undefined) {
    if (isDataAbsent(concept)) {
      prov.drop('medicationCodeableConcept', 'data-absent-reason instead of a medication')
      return {}
    }
    const { text, rule } = conceptText(concept)
    if (text !== undefined) prov.from('name', 'medicationCodeableConcept', 'medication.codeable-concept', ...(rule ? [rule] : []))
    return { source: 'codeable-concept', concept, conceptPath: 'medicationCodeableConcept', ...(text !== undefined && { name: text }) }
  }
  const reference = field(req, 'medicationReference')
  const ref = str(field(reference, 'reference'))?.trim()
  const display = str(field(reference, 'display'))?.trim()
  if (ref?.startsWith('#')) {
    const i = list(field(req, 'contained')).findIndex((c) => field(c, 'resourceType') === 'Medication' && field(c, 'id') === ref.slice(1))
    if (i >= 0) prov.read('medicationReference.reference')
    if (i >= 0) return fromMedication(list(field(req, 'contained'))[i], 'contained', `contained[${i}]`, display, prov)
  } else if (ref !== undefined) {
    const found = lookupSafely(lookup, ref)
    if (field(found, 'resourceType') === 'Medication') {
      prov.read('medicationReference.reference')
      return fromMedication(found, 'referenced', ref, display, prov)
    }
  }
  if (ref !== undefined) prov.drop('medicationReference.reference', `${ref} could not be resolved`)
  if (display === undefined) return {}
  prov.from('name', 'medicationReference.display', 'medication.reference-display')
  return { source: 'reference-display', name: display }
}

function quantityText(q: unknown): string | undefined {
  const value = num(field(q, 'value'))
  const unit = str(field(q, 'unit'))?.trim() ?? str(field(q, 'code'))?.trim()
  return value === undefined ? undefined : [value, unit].filter((x) => x !== undefined).join(' ')
}

function strengthOf(ratio: unknown): string | undefined {
  const top = quantityText(field(ratio, 'numerator'))
  const bottom = field(ratio, 'denominator')
  if (top === undefined) return undefined
  const per = num(field(bottom, 'value')) === 1 ? str(field(bottom, 'unit'))?.trim() : quantityText(bottom)
  return per !== undefined ? `${top}/${per}` : top
}

export function ingredientsOf(med: unknown): Ingredient[] {
  return records(field(med, 'ingredient')).flatMap((ing) => {
    const item = ing.itemCodeableConcept
    const name = conceptText(item).text ?? str(field(ing.itemReference, 'display'))?.trim()
    const rxnorm = codeIn(item, SYSTEMS.rxnorm)
    const strength = strengthOf(ing.strength)
    if (name === undefined && rxnorm === undefined) return []
    return [{ ...(name !== undefined && { name }), ...(rxnorm !== undefined && { rxnorm }), ...(strength !== undefined && { strength }) }]
  })
}
