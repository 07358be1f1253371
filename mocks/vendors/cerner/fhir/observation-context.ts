// Context Millennium adds to nearly every Observation (§8.4): the encounter (199 of 201 recorded),
// a performer (159 of 201) and a comment (82 of 201). Which row gets what is a stable pick per fact.
import type { CodeableConcept, Coding, Observation } from 'fhir/r4'
import { clinicians } from '../../../data/clinicians.ts'
import { numericId, pick } from './ids.ts'
import { displayName } from './patient.ts'
import { isoMillis } from './time.ts'

const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category'
const CATEGORY_DISPLAY: Record<string, string> = {
  laboratory: 'Laboratory', 'vital-signs': 'Vital Signs', procedure: 'Procedure', therapy: 'Therapy',
}

/** One CodeableConcept per category; labs mark theirs `userSelected: false`, as recorded. */
export function observationCategories(codes: string[]): CodeableConcept[] {
  return codes.map((code) => {
    const display = CATEGORY_DISPLAY[code] ?? code
    const coding: Coding = { system: CATEGORY_SYSTEM, code, display }
    if (code === 'laboratory') coding.userSelected = false
    return { coding: [coding], text: display }
  })
}

const COMMENTS = ['Patient resting 5 minutes before reading.', 'Result verified by repeat analysis.', 'Called to provider.']

export function observationContext(seed: string, effective: string): Pick<Observation, 'encounter' | 'effectiveDateTime' | 'issued' | 'performer' | 'note'> {
  const out: Pick<Observation, 'encounter' | 'effectiveDateTime' | 'issued' | 'performer' | 'note'> = {}
  if (pick(`${seed}:encounter`, 100) < 99) out.encounter = { reference: `Encounter/${numericId(`encounter:${effective.slice(0, 10)}`)}` }
  out.effectiveDateTime = isoMillis(effective)
  out.issued = isoMillis(effective)
  if (pick(`${seed}:performer`, 100) < 79 && clinicians.length) {
    const c = clinicians[pick(`${seed}:who`, clinicians.length)]
    out.performer = [{ reference: `Practitioner/${c.ids.cerner}`, display: displayName(c.name) }]
  }
  if (pick(`${seed}:note`, 100) < 41) {
    out.note = [{ text: COMMENTS[pick(`${seed}:comment`, COMMENTS.length)], time: isoMillis(effective) }]
  }
  return out
}
