// @vitest-environment node
// The edge cases of the mapping specification: synthetic resources for what the emulator's records do not
// show (src/domain/testing/edge-records.ts), printed like the vendor spec into one snapshot file.
import type { FhirResource } from 'fhir/r4'
import { expect, it } from 'vitest'
import { epicSigTrailer } from '../fhir/adapters/epic-sig.ts'
import { toAllergy } from './allergy.ts'
import { toMedication } from './medication.ts'
import { toLabResult, toVitalSign } from './observation.ts'
import { toPatientSummary } from './patient.ts'
import type { MapWarning, Provenance } from './provenance.ts'
import { allergies, labs, medications, patients, vitals } from './testing/edge-records.ts'
import { render, SPEC_TODAY } from './testing/mapping-render.ts'

function edgeCases(): string {
  const sections: string[] = []
  const run = (title: string, rows: Array<Record<string, unknown>>, resourceType: string, type: string, map: (r: never, w: MapWarning[]) => ({ provenance: Provenance } & object) | null) => {
    sections.push(`# ${title}`)
    for (const row of rows) {
      const r = { resourceType, ...row } as unknown as FhirResource
      const w: MapWarning[] = []
      sections.push(render(r, type, map(r as never, w), w))
    }
  }
  run('labs', labs, 'Observation', 'lab-result', (r, w) => toLabResult(r, w, { today: SPEC_TODAY }))
  run('vitals', vitals, 'Observation', 'vital-sign', (r, w) => toVitalSign(r, w, { today: SPEC_TODAY }))
  run('medications (Epic trailer parser, as the Epic adapter maps)', medications, 'MedicationRequest', 'medication', (r, w) => toMedication(r, () => undefined, w, { sigTrailer: epicSigTrailer }))
  run('allergies', allergies, 'AllergyIntolerance', 'allergy', (r, w) => toAllergy(r, w))
  run('patients', patients, 'Patient', 'patient', (r, w) => toPatientSummary(r, { today: SPEC_TODAY, warnings: w }))
  // Every mapper refuses another resource type with a warning, never a model.
  const wrong = { resourceType: 'Basic', id: 'wrong-type' } as unknown as FhirResource
  sections.push('# wrong resource type')
  for (const [type, map] of [
    ['lab-result', (w: MapWarning[]) => toLabResult(wrong as never, w)],
    ['vital-sign', (w: MapWarning[]) => toVitalSign(wrong as never, w)],
    ['medication', (w: MapWarning[]) => toMedication(wrong as never, () => undefined, w)],
    ['allergy', (w: MapWarning[]) => toAllergy(wrong as never, w)],
    ['patient', (w: MapWarning[]) => toPatientSummary(wrong as never, { warnings: w })],
  ] as const) {
    const w: MapWarning[] = []
    sections.push(render(wrong, type, map(w), w))
  }
  return `${sections.join('\n')}\n`
}

it('edge cases of every mapper', async () => {
  await expect(edgeCases()).toMatchFileSnapshot('__snapshots__/mapping-spec.edge-cases.txt')
})
