// @vitest-environment node
// The mapping specification: what the normalizers make of each vendor's resources, one line per model
// field with its value, the FHIR path it came from and the normalization rules applied, then what was
// dropped or only read, and the warnings. A reviewer reads the snapshot files as the spec; any change
// to a value, a path or a rule id shows up there as a diff.
import { describe, expect, it } from 'vitest'
import { epicSigTrailer } from '../fhir/adapters/epic-sig.ts'
import { toAllergy } from './allergy.ts'
import { toMedication } from './medication.ts'
import { toLabResult, toVitalSign } from './observation.ts'
import { toPatientSummary } from './patient.ts'
import type { MapWarning } from './provenance.ts'
import { allergiesOf, labsOf, medicationsOf, patientOf, type PatientKey, VENDORS, vitalsOf } from './test-fixtures.ts'
import { isVitalSignObservation } from './vital-kinds.ts'
import { render, SPEC_TODAY as TODAY } from './testing/mapping-render.ts'

const PATIENTS: readonly PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']

/** A rendering without ids and values other than the test's code and kind: readings of one test at other times share it. */
const shapeOf = (text: string) =>
  text.split('\n').slice(1).filter((l) => !l.startsWith('  source:'))
    .map((l) => (/^ {2}(loinc|kind) = /.test(l) ? l : l.replace(/ = .*? ←/, ' ←').replace(/ = .*$/, '')))
    .join('\n')

/** Labs and vitals repeat the same test at many dates; the spec keeps the first reading of each test and shape. */
function distinct(rendered: string[], seen: Set<string>): string[] {
  return rendered.filter((r) => {
    const shape = shapeOf(r)
    if (seen.has(shape)) return false
    seen.add(shape)
    return true
  })
}

type Vendor = (typeof VENDORS)[number]

/** Each part is mapped inside its own test, so a test covers exactly the mapping it compares. */
const PARTS: Record<string, (vendor: Vendor, key: PatientKey, seen: Set<string>) => Promise<string[]>> = {
  patients: async (vendor, key) => {
    const patient = await patientOf(vendor, key)
    const w: MapWarning[] = []
    return [render(patient, 'patient', toPatientSummary(patient, { today: TODAY, warnings: w }), w)]
  },
  labs: async (vendor, key, seen) => {
    const labs = (await labsOf(vendor, key)).map((o) => {
      const w: MapWarning[] = []
      return render(o, 'lab-result', toLabResult(o, w, { today: TODAY }), w)
    })
    return distinct(labs, seen)
  },
  // The first five pages of each patient; later pages repeat the same shapes at other times.
  vitals: async (vendor, key, seen) => {
    const vitals = (await vitalsOf(vendor, key, 5)).filter(isVitalSignObservation).map((o) => {
      const w: MapWarning[] = []
      return render(o, 'vital-sign', toVitalSign(o, w, { today: TODAY }), w)
    })
    return distinct(vitals, seen)
  },
  // The app maps Epic's requests with the Epic adapter's sig trailer parser.
  medications: async (vendor, key) => {
    const meds = await medicationsOf(vendor, key)
    return meds.requests.map((r) => {
      const w: MapWarning[] = []
      return render(r, 'medication', toMedication(r, meds.lookup, w, vendor === 'epic' ? { sigTrailer: epicSigTrailer } : {}), w)
    })
  },
  allergies: async (vendor, key) =>
    (await allergiesOf(vendor, key)).resources.map((a) => {
      const w: MapWarning[] = []
      return render(a, 'allergy', toAllergy(a, w), w)
    }),
}

describe.each(VENDORS)('%s mapping specification', (vendor) => {
  it.each(Object.keys(PARTS))('%s', async (part) => {
    const lines: string[] = []
    const seen = new Set<string>()
    for (const key of PATIENTS) lines.push(`# ${key}`, ...(await PARTS[part]!(vendor, key, seen)))
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/mapping-spec.${vendor}.${part}.txt`)
  })
})
