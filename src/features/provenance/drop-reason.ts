// The mappers write their "dropped" reasons in English for the CLI report. The drawer translates
// the ones it recognises; anything new falls back to the mapper's own words (marked as English).
import type { MessageKey } from '../../i18n/catalog.ts'

export interface DropText {
  key: MessageKey
  params: Record<string, string>
}

type Matcher = [RegExp, MessageKey, ...names: string[]]

const MATCHERS: Matcher[] = [
  [/^narrative not rendered$/, 'provenance.drop.narrative'],
  [/^not used by the model$/, 'provenance.drop.unused'],
  [/^not a valid FHIR date$/, 'provenance.drop.invalidDate'],
  [/^not a valid FHIR date-time$/, 'provenance.drop.invalidDateTime'],
  [/^not a valid value$/, 'provenance.drop.invalidValue'],
  [/^no observation-category coding$/, 'provenance.drop.noCategory'],
  [/^data-absent-reason instead of a substance$/, 'provenance.drop.absentSubstance'],
  [/^category "medication" contradicts an allergen that is a food$/, 'provenance.drop.categoryNotFood'],
  [/^data-absent-reason instead of a medication$/, 'provenance.drop.absentMedication'],
  [/^data-absent-reason instead of a test$/, 'provenance.drop.absentTest'],
  [/^components are not part of a lab result$/, 'provenance.drop.components'],
  [/^timing schedules are not modelled$/, 'provenance.drop.timing'],
  [/^interpretation "(.*)" is not a known flag$/, 'provenance.drop.unknownFlag', 'flag'],
  [/^(.*) could not be resolved$/, 'provenance.drop.unresolved', 'ref'],
  [/^the requester is the patient\b/, 'provenance.drop.patientRequester'],
  [/^status "(.*)" is not an? (\w+) status$/, 'provenance.drop.badStatus', 'status', 'type'],
  [/^no normal range among the ranges$/, 'provenance.drop.noNormalRange'],
  [/^quantity without a numeric value$/, 'provenance.drop.noNumber'],
  [/^(\w+) is not modelled$/, 'provenance.drop.notModelled', 'what'],
  [/^(.*) has no numeric value \((.*)\)$/, 'provenance.drop.componentNoValue', 'name', 'why'],
  [/^blood pressure is read from components$/, 'provenance.drop.bpFromComponents'],
  [/^not a systolic or diastolic component$/, 'provenance.drop.notBpComponent'],
  [/^not an administrative gender code$/, 'provenance.drop.badGender'],
  [/^reaction without manifestation or description$/, 'provenance.drop.noReaction'],
  [/^only onsetDateTime is modelled$/, 'provenance.drop.onsetOnly'],
  [/^status text "(.*)" has no usable coding$/, 'provenance.drop.statusTextNoCoding', 'text'],
  [/^no usable coding$/, 'provenance.drop.noCoding'],
]

/** The message for a mapper's drop reason, or undefined when the wording is not known here. */
export function dropText(reason: string): DropText | undefined {
  for (const [pattern, key, ...names] of MATCHERS) {
    const m = pattern.exec(reason)
    if (m) return { key, params: Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ''])) }
  }
  return undefined
}
