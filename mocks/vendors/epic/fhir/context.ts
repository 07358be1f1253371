// Context Epic adds to nearly every Observation and MedicationRequest (§8.4, §8.5): the encounter
// of the day, a performer, and the `template-id` extension. Picks are stable per fact key.
import type { Extension, Reference } from 'fhir/r4'
import { clinicians } from '../../../data/clinicians.ts'
import { digits, epicId } from './ids.ts'
import { practitionerRef } from './patient.ts'

export const EPIC_EXTENSION = 'http://open.epic.com/FHIR/StructureDefinition/extension'

/** The visit a result or order belongs to: one Encounter per patient and day. */
export function encounterRef(patientKey: string, at: string): Reference {
  return { reference: `Encounter/${epicId('Encounter', `${patientKey}:${at.slice(0, 10)}`, 24)}`, identifier: { use: 'usual', system: 'urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8', value: digits(`csn:${patientKey}:${at.slice(0, 10)}`, 10) }, display: 'Office Visit' }
}

export function performerRef(key: string): Reference[] {
  const c = clinicians[Number(digits(`performer:${key}`, 3)) % clinicians.length]
  return c ? [practitionerRef(c)] : []
}

/** The flowsheet or result template the value was charted on. */
export function templateId(key: string, kind: 'lab' | 'vital'): Extension {
  return { url: `${EPIC_EXTENSION}/template-id`, valueString: `${kind === 'lab' ? 'RES' : 'FLO'}-${digits(`template:${key}`, 6)}` }
}
