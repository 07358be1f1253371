// @vitest-environment node
// Mappers are total: whatever a vendor (or a broken proxy) sends, they return a model or null plus
// warnings and never throw. Inputs start from the real emulated vendor payloads and are mutated the
// ways real feeds go wrong: missing fields, wrong types, unknown codes, extra extensions, empty
// arrays, nulls and numbers sent as strings.
import type { AllergyIntolerance, FhirResource, Medication, MedicationRequest, Observation, Patient } from 'fhir/r4'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { toAllergy } from './allergy.ts'
import { allergyListState } from './allergy-list.ts'
import { isRecord } from './json.ts'
import { toMedication } from './medication.ts'
import { collectResources, normalizeCollected } from './normalize-report.ts'
import { toLabResult, toVitalSign } from './observation.ts'
import { toPatientSummary } from './patient.ts'
import type { MapWarning } from './provenance.ts'
import { allergiesOf, labsOf, medicationsOf, type PatientKey, patientOf, VENDORS, vitalsOf } from './test-fixtures.ts'

const KEYS: PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']
const RUNS = 12_000
let corpus: FhirResource[] = []

beforeAll(async () => {
  for (const vendor of VENDORS) {
    for (const key of KEYS) {
      corpus.push(await patientOf(vendor, key), ...(await allergiesOf(vendor, key)).resources)
      const meds = await medicationsOf(vendor, key)
      corpus.push(...meds.requests, ...meds.medications)
    }
    corpus.push(...(await labsOf(vendor, 'lorraine')), ...(await vitalsOf(vendor, 'lorraine')), ...(await vitalsOf(vendor, 'walter', 1)).slice(0, 30))
  }
  corpus = corpus.map((r) => structuredClone(r))
})

type Path = Array<string | number>

function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  const children: Array<[string | number, unknown]> = Array.isArray(v) ? v.map((x, i) => [i, x]) : isRecord(v) ? Object.entries(v) : []
  for (const [k, child] of children) {
    out.push([...prefix, k])
    pathsOf(child, [...prefix, k], out)
  }
  return out
}

// Objects and arrays are built fresh on every draw: fc.constantFrom would hand out one shared instance, and
// a mutation that edits it would then change every other run (and could make a tree contain itself).
const junk = fc.oneof(
  fc.constantFrom(null, '', '   ', 0, -1, true, 'final ', 'entered-in-error ', 'http://unknown.example/cs', 'Hives', '(NONE)', 'NaN'),
  fc.constantFrom('[]', '{}').map((kind) => (kind === '[]' ? [] : {})),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.record({ system: fc.webUrl(), code: fc.string({ maxLength: 8 }), display: fc.string({ maxLength: 8 }) }),
)

const mutation = fc.record({ at: fc.nat(), op: fc.integer({ min: 0, max: 7 }), junk })
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

/**
 * Applies one mutation at one node; every op keeps the tree JSON-serializable and a tree (no node is
 * inserted twice, so no later mutation can make an object contain itself).
 */
function apply(root: unknown, m: Mutation): void {
  const fresh = (): unknown => structuredClone(m.junk)
  const paths = pathsOf(root)
  const path = paths[m.at % Math.max(1, paths.length)]
  if (!path) return
  const key = path[path.length - 1] as string | number
  let parent: unknown = root
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k]
  const p = parent as Record<string | number, unknown>
  const current = p[key]
  switch (m.op) {
    case 0: // drop the field (or array element)
      if (Array.isArray(p) && typeof key === 'number') p.splice(key, 1)
      else delete p[key]
      break
    case 1: // wrong type
      p[key] = fresh()
      break
    case 2:
      p[key] = null
      break
    case 3: // empty array
      p[key] = []
      break
    case 4: // numbers as strings, strings padded
      p[key] = typeof current === 'number' ? String(current) : typeof current === 'string' ? ` ${current} ` : fresh()
      break
    case 5: // unknown code in whatever coding is nearby
      if (isRecord(current)) Object.assign(current, { code: typeof m.junk === 'string' ? m.junk : 'UNKNOWN-42', system: 'urn:oid:9.9.9' })
      else p[key] = 'UNKNOWN-42'
      break
    case 6: // extra extensions
      if (isRecord(current)) current.extension = [{ url: 'http://example.org/x', valueString: typeof m.junk === 'string' ? m.junk : 'x' }, fresh()]
      else p[key] = { extension: [fresh()], value: current }
      break
    default: // duplicate siblings
      if (Array.isArray(current)) current.push(...structuredClone(current))
      else p[key] = [current, structuredClone(current)]
  }
}

function mapEverything(resource: unknown, corpusMedication: Medication | undefined): MapWarning[] {
  const warnings: MapWarning[] = []
  const lookup = () => corpusMedication
  const type = isRecord(resource) ? resource.resourceType : undefined
  const models = [
    toPatientSummary(resource as Patient, { warnings, today: new Date('2026-11-25T12:00:00Z') }),
    toLabResult(resource as Observation, warnings),
    toVitalSign(resource as Observation, warnings),
    toMedication(resource as MedicationRequest, lookup, warnings),
    toAllergy(resource as AllergyIntolerance, warnings),
  ]
  allergyListState([resource as AllergyIntolerance], { shared: true }, warnings)
  normalizeCollected(collectResources(resource))
  // Null only for the wrong resource type; a model of the right type always comes back.
  if (type === 'Patient') expect(models[0]).not.toBeNull()
  if (type === 'Observation') expect(models[1]).not.toBeNull()
  if (type === 'MedicationRequest') expect(models[3]).not.toBeNull()
  if (type === 'AllergyIntolerance') expect(models[4]).not.toBeNull()
  for (const m of models) if (m) expect(JSON.parse(JSON.stringify(m))).toEqual(unsignedZeros(m))
  return warnings
}

/**
 * JSON has no negative zero (it writes `0`), so a model that keeps a vendor's `-0` (fc.double draws it,
 * and `JSON.parse('-0')` gives it) is not a serialization bug. NaN, functions and the like still fail.
 */
function unsignedZeros(v: unknown): unknown {
  if (Object.is(v, -0)) return 0
  if (Array.isArray(v)) return v.map(unsignedZeros)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unsignedZeros(x)]))
  return v
}

describe('mappers never throw', () => {
  it(`on ${RUNS.toLocaleString('en')} mutated vendor resources`, () => {
    let checked = 0
    const started = performance.now()
    const request = corpus.find((r): r is MedicationRequest => r.resourceType === 'MedicationRequest' && r.medicationReference !== undefined)
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (pick, mutations) => {
        const resource: unknown = structuredClone(corpus[pick % corpus.length])
        for (const m of mutations) apply(resource, m)
        const warnings = mapEverything(resource, undefined)
        // A mutated Medication must not break the request that references it either.
        if (isRecord(resource) && resource.resourceType === 'Medication' && request) {
          expect(toMedication(request, () => resource as unknown as Medication, warnings)).not.toBeNull()
        }
        expect(warnings.filter((w) => w.message.startsWith('internal mapper error'))).toEqual([])
        checked++
      }),
      { numRuns: RUNS },
    )
    expect(checked).toBeGreaterThanOrEqual(10_000)
    console.info(`property: ${checked} mutated resources in ${Math.round(performance.now() - started)} ms (corpus ${corpus.length})`)
  }, 60_000)

  it('on arbitrary JSON dressed as each resource type', () => {
    const types = ['Patient', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Medication', 'Bundle']
    const keys = ['status', 'code', 'valueQuantity', 'interpretation', 'referenceRange', 'component', 'name', 'identifier', 'telecom',
      'medicationReference', 'medicationCodeableConcept', 'contained', 'dosageInstruction', 'reaction', 'verificationStatus', 'entry', 'category']
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.constantFrom(...keys), fc.anything({ maxDepth: 3 })), (resourceType, rest) => {
        const warnings = mapEverything({ ...rest, resourceType }, rest as unknown as Medication)
        expect(warnings.filter((w) => w.message.startsWith('internal mapper error'))).toEqual([])
      }),
      { numRuns: 3_000 },
    )
    for (const raw of [null, undefined, 0, 'Patient', [], [{ resourceType: 'Patient' }], { resourceType: null }]) mapEverything(raw, undefined)
  }, 60_000)
})
