// @vitest-environment node
// Runs `scripts/normalize.ts` as a user would, on files written from the in-process emulator.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { patientId, rawSearch } from './test-fixtures.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
let dir = ''

interface Run {
  code: number
  stdout: string
  stderr: string
}

function normalize(...args: string[]): Run {
  try {
    const stdout = execFileSync('npx', ['tsx', 'scripts/normalize.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 })
    return { code: 0, stdout, stderr: '' }
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string }
    return { code: err.status ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' }
  }
}

// Each run starts tsx (seconds on a loaded machine); tests that only read an output share it.
const runs = new Map<string, Run>()
function normalizeOnce(...args: string[]): Run {
  const key = args.join('\0')
  const hit = runs.get(key) ?? normalize(...args)
  runs.set(key, hit)
  return hit
}

const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'normalize-cli-'))
  const epic = patientId('epic', 'lorraine')
  const meds = await rawSearch('epic', 'lorraine', `MedicationRequest?patient=${epic}&_include=MedicationRequest:medication`)
  file('epic-meds.json', JSON.stringify(meds))
  mkdirSync(join(dir, 'chart'))
  const cerner = patientId('cerner', 'walter')
  file('chart/allergies.json', JSON.stringify(await rawSearch('cerner', 'walter', `AllergyIntolerance?patient=${cerner}`)))
  file('chart/labs.json', JSON.stringify(await rawSearch('cerner', 'walter', `Observation?patient=${cerner}&category=laboratory`)))
  file('chart/notes.txt', 'not json, not read')
  mkdirSync(join(dir, 'mixed'))
  const labs = await rawSearch('epic', 'lorraine', `Observation?patient=${epic}&category=laboratory`)
  file('mixed/a-labs.json', JSON.stringify(labs))
  file('mixed/b-labs-again.json', JSON.stringify(labs))
  file('mixed/c-broken.json', '{"resourceType": "Bundle", "entry": [')
  file('mixed/d-plain.json', '{"name": "Lorraine"}')
  file('mixed/e-vitals.json', JSON.stringify(await rawSearch('cerner', 'walter', `Observation?patient=${cerner}&category=vital-signs&_count=5`)))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run normalize', () => {
  it('maps a searchset with included Medications and reports outcome entries as warnings', () => {
    const run = normalize(join(dir, 'epic-meds.json'))
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out.header).toMatchObject({ vendor: 'epic', vendorSource: 'detected' })
    // One model per order on the chart (the on-hold glipizide made it 8): none dropped, none doubled.
    expect(out.models).toHaveLength(patientByKey('lorraine')?.medications.length ?? -1)
    expect(out.models.every((m: { type: string; model: { source: string } }) => m.type === 'medication' && m.model.source === 'referenced')).toBe(true)
    expect(out.warnings.some((w: string) => w.includes('outcome skipped'))).toBe(true)
    const entry = out.report[0]
    expect(entry.ref).toMatch(/^MedicationRequest\//)
    const name = entry.fields.find((f: { field: string }) => f.field === 'name')
    expect(name).toMatchObject({
      from: expect.stringMatching(/^Medication\//),
      rules: [{ id: 'medication.referenced', description: 'the medication came from a referenced Medication' }],
      value: out.models[0].model.name,
    })
    // The source is the included Medication's code, read through the reference.
    expect(name.source.text ?? name.source.coding).toBeDefined()
    expect(entry.fields.find((f: { field: string }) => f.field === 'intent')).toMatchObject({ from: 'intent', source: out.models[0].model.intent })
    expect(entry.dropped.map((d: { path: string }) => d.path)).not.toContain('intent')
  }, 30_000)

  it('lists unused input below the top level with a reason', () => {
    const out = JSON.parse(normalizeOnce(join(dir, 'mixed', 'a-labs.json')).stdout)
    const nested = out.report.flatMap((e: { dropped: Array<{ path: string; reason: string }> }) => e.dropped).filter((d: { path: string }) => /[.[]/.test(d.path))
    expect(nested.length).toBeGreaterThan(0)
    expect(nested.every((d: { reason: string }) => d.reason.length > 0)).toBe(true)
    expect(nested).toContainEqual({ path: expect.stringMatching(/^code\.coding\[\d+\]$/), reason: 'another coding was chosen' })
  }, 30_000)

  it('skips bad files in a directory, names them, maps the rest and exits 3', () => {
    const run = normalizeOnce(join(dir, 'mixed'))
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/skipped .*c-broken\.json: not valid JSON/)
    expect(run.stderr).toMatch(/skipped .*d-plain\.json: not a FHIR resource/)
    const out = JSON.parse(run.stdout)
    expect(out.header.files.map((f: string) => f.split('/').pop())).toEqual(['a-labs.json', 'b-labs-again.json', 'e-vitals.json'])
    expect(out.header.skipped.map((s: { file: string }) => s.file.split('/').pop())).toEqual(['c-broken.json', 'd-plain.json'])
    expect(out.models.length).toBeGreaterThan(0)
  }, 30_000)

  it('warns about partial pages, duplicate resources and mixed patients', () => {
    const out = JSON.parse(normalizeOnce(join(dir, 'mixed')).stdout)
    expect(out.warnings).toContainEqual(expect.stringMatching(/^e-vitals\.json: partial page: the searchset has a next link/))
    expect(out.warnings).toContainEqual(expect.stringMatching(/^Observation\/\S+: duplicate resource \(2 copies/))
    expect(out.warnings).toContainEqual(expect.stringMatching(/^mixed patients: the input is about 2 patients/))
    const single = JSON.parse(normalizeOnce(join(dir, 'mixed', 'a-labs.json')).stdout)
    expect(single.warnings.filter((w: string) => /partial page|duplicate|mixed patients/.test(w))).toEqual([])
  }, 30_000)

  it('--summary counts paths, rules, code systems, units and drops over a directory', () => {
    const run = normalizeOnce(join(dir, 'mixed'), '--summary')
    expect(run.code).toBe(3)
    const out = JSON.parse(run.stdout)
    expect(out.models).toBeUndefined()
    expect(out.report).toBeUndefined()
    const s = out.summary
    const full = JSON.parse(normalizeOnce(join(dir, 'mixed')).stdout)
    expect(Object.values(s.models).reduce((a: number, b) => a + (b as number), 0)).toBe(full.models.length)
    expect(s.paths).toHaveProperty(['Observation status → lab-result.status'], full.models.filter((m: { type: string }) => m.type === 'lab-result').length)
    const ruleIds = new Set(full.report.flatMap((e: { fields: Array<{ rules: Array<{ id: string }> }> }) => e.fields.flatMap((f) => f.rules.map((r) => r.id))))
    expect(Object.keys(s.rules).sort()).toEqual([...ruleIds].sort())
    expect(Object.values(s.rules).every((r) => typeof (r as { description: string }).description === 'string')).toBe(true)
    expect(s.codeSystems).toHaveProperty(['http://loinc.org'])
    expect(Object.keys(s.units).length).toBeGreaterThan(0)
    const drops = full.report.reduce((n: number, e: { dropped: unknown[] }) => n + e.dropped.length, 0)
    expect(Object.values(s.dropped).reduce((a: number, b) => a + (b as number), 0)).toBe(drops)
  }, 60_000)

  it('prints byte-identical output for the same input, with "today" taken from the data or --as-of', () => {
    const patient = file('patient.json', JSON.stringify({ resourceType: 'Patient', id: 'p1', birthDate: '1950-06-15', meta: { lastUpdated: '2020-06-14T10:00:00Z' } }))
    const first = normalize(patient)
    expect(first.code).toBe(0)
    expect(normalize(patient).stdout).toBe(first.stdout)
    const out = JSON.parse(first.stdout)
    expect(out.header).toMatchObject({ asOf: '2020-06-14', asOfSource: 'newest meta.lastUpdated' })
    expect(out.models[0].model.age).toEqual({ years: 69, months: 839 })
    expect(JSON.parse(normalize(patient, '--as-of', '2020-06-15').stdout).models[0].model.age.years).toBe(70)
    expect(normalize(join(dir, 'mixed')).stdout).toBe(normalizeOnce(join(dir, 'mixed')).stdout)
  }, 60_000)

  it('flags a reading dated 2099 when "today" is known, and says the check is off when "today" was only guessed from the dates', () => {
    const reading = (lastUpdated?: string) =>
      JSON.stringify({
        resourceType: 'Observation', id: 't1', status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
        code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }], text: 'Temperature' },
        effectiveDateTime: '2099-03-01T08:00:00Z',
        valueQuantity: { value: 37, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
        ...(lastUpdated && { meta: { lastUpdated } }),
      })
    const flagged = (run: Run) => JSON.parse(run.stdout).models[0].model.implausible
    expect(flagged(normalize(file('future-updated.json', reading('2026-03-02T09:00:00Z'))))).toEqual(['observation.implausible-date'])
    expect(flagged(normalize(file('future-flag.json', reading()), '--as-of', '2026-03-02'))).toEqual(['observation.implausible-date'])
    const guessed = JSON.parse(normalize(file('future-guessed.json', reading())).stdout)
    expect(guessed.header).toMatchObject({ asOf: '2099-03-01', asOfSource: 'newest date in the input', futureDateCheck: expect.stringMatching(/^off: .*--as-of/) })
    expect(guessed.models[0].model.implausible).toBeUndefined()
  }, 60_000)

  it('reads every .json in a directory and states an empty allergy search as "not asked"', () => {
    const run = normalize(join(dir, 'chart'), '--vendor', 'cerner')
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out.header).toMatchObject({ vendor: 'cerner', vendorSource: 'flag' })
    expect(out.header.files).toHaveLength(2)
    expect(out.allergyState).toEqual({ kind: 'not-asked' })
    expect(out.models.filter((m: { type: string }) => m.type === 'lab-result').length).toBeGreaterThan(0)
  }, 30_000)

  it.each([
    ['broken JSON', 'broken.json', '{"resourceType": "Bundle", "entry": [', 1, /not valid JSON/],
    ['JSON that is not FHIR', 'plain.json', '{"name": "Lorraine", "labs": []}', 2, /not a FHIR resource/],
    ['an unsupported resource type', 'encounter.json', '{"resourceType": "Encounter", "id": "1"}', 2, /unsupported resource type Encounter/],
  ])('fails clearly on %s', (_name, name, content, code, message) => {
    const run = normalize(file(name, content))
    expect(run.code).toBe(code)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  }, 30_000)

  it('fails with usage on a missing file or bad flag', () => {
    expect(normalize(join(dir, 'nope.json'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) })
    expect(normalize(join(dir, 'epic-meds.json'), '--vendor', 'acme')).toMatchObject({ code: 1, stderr: expect.stringMatching(/usage/) })
    expect(normalize(join(dir, 'epic-meds.json'), '--as-of', 'yesterday')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--as-of/) })
  }, 30_000)
})
