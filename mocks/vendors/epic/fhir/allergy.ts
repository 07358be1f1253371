// Epic allergies: versioned status codings, the reaction text stuffed into a SNOMED `code`,
// food filed under `medication`, and one "Not on File" placeholder when nothing is recorded.
import type { AllergyIntolerance, AllergyIntoleranceReaction, CodeableConcept, Coding } from 'fhir/r4'
import type { AllergyFact, ReactionFact, SyntheticPatient } from '../../../data/types.ts'
import { SYS } from './codes.ts'
import { epicId } from './ids.ts'
import { patientRef } from './patient.ts'

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function status(system: string, code: string, withText: boolean): CodeableConcept {
  const display = title(code.replace(/-/g, ' '))
  return { coding: [{ system, version: '4.0.0', code, display }], ...(withText ? { text: display } : {}) }
}

const CODE_SYSTEMS = { rxnorm: SYS.rxnorm, snomed: SYS.snomed, unii: SYS.unii, ndfrt: 'urn:oid:2.16.840.1.113883.3.26.1.5' } as const

/** Allergens carry many codings (RxNorm, UNII, SNOMED, NDF-RT) in Epic's own order, not RxNorm first. */
function substance(f: AllergyFact): CodeableConcept {
  // Epic prints allergen names from its allergen master file in capitals.
  const name = f.substance.toUpperCase()
  const coding: Coding[] = f.codings
    ? f.codings.map((c) => ({ system: CODE_SYSTEMS[c.system], code: c.code, display: c.display }))
    : f.code
      ? [{ system: CODE_SYSTEMS[f.code.system], code: f.code.code, display: name }]
      : []
  return coding.length ? { coding, text: name } : { text: name }
}

function reaction(r: ReactionFact): AllergyIntoleranceReaction {
  return {
    // The manifestation's free text sits in `code` under the SNOMED system, not a SNOMED code.
    manifestation: [{ coding: [{ system: SYS.snomed, code: r.manifestation }], text: r.manifestation }],
    description: r.manifestation,
    ...(r.severity ? { severity: r.severity } : {}),
  }
}

function renderAllergy(p: SyntheticPatient, f: AllergyFact): AllergyIntolerance {
  // Built in Epic's (and FHIR XML's) element order.
  return {
    resourceType: 'AllergyIntolerance',
    id: epicId('AllergyIntolerance', f.key, 24),
    clinicalStatus: status(SYS.allergyClinical, f.clinicalStatus, true),
    verificationStatus: status(SYS.allergyVerification, f.verificationStatus, true),
    type: 'allergy',
    // Epic files food allergens under "medication" too.
    category: [f.category === 'food' ? 'medication' : f.category],
    ...(f.criticality ? { criticality: f.criticality } : {}),
    code: substance(f),
    patient: patientRef(p),
    ...(f.onset ? { onsetDateTime: f.onset } : {}),
    recordedDate: f.recorded,
    ...(f.reactions.length ? { reaction: f.reactions.map(reaction) } : {}),
  }
}

const NOT_ON_FILE: CodeableConcept = {
  coding: [{ system: SYS.snomed, code: '1631000175102', display: 'Patient not asked' }],
  text: 'Not on File',
}

/** Epic's answer when the list is empty, whether the patient denied allergies or was never asked. */
function notOnFile(p: SyntheticPatient): AllergyIntolerance {
  return {
    resourceType: 'AllergyIntolerance',
    id: epicId('AllergyIntolerance', `${p.key}:not-on-file`, 88),
    clinicalStatus: status(SYS.allergyClinical, 'active', false),
    verificationStatus: status(SYS.allergyVerification, 'unconfirmed', false),
    code: NOT_ON_FILE,
    patient: patientRef(p),
  }
}

export function renderAllergies(p: SyntheticPatient): AllergyIntolerance[] {
  const record = p.allergies
  if (record.kind === 'list' && record.items.length > 0) return record.items.map((f) => renderAllergy(p, f))
  return [notOnFile(p)]
}
