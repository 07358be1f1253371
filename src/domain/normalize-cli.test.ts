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
    const stdout = execFileSync('npx', ['tsx', 'scripts/normalize.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
    return { code: 0, stdout, stderr: '' }
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string }
    return { code: err.status ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' }
  }
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
    expect(entry.fields).toContainEqual({ field: 'name', from: expect.stringMatching(/^Medication\//), rules: ['medication.referenced'] })
    expect(entry.dropped.length).toBeGreaterThan(0)
  }, 30_000)

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
  }, 30_000)
})
