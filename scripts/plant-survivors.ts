// npm run test:planted: plants, one at a time, the seven one-line bugs that once passed every test
// (issue "Green means green"), runs the tests that should catch each, and restores the file. Each
// bug must make its tests fail; a plant whose line no longer exists is reported, not skipped silently.
// It edits src/ while it runs (restored on exit, Ctrl-C included): do not run it beside other work.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

interface Plant {
  bug: string
  file: string
  find: string
  replace: string
  /** vitest files, or one Playwright spec (e2e/…). */
  tests: string[]
}

const PLANTS: Plant[] = [
  {
    bug: "discover() accepts a server that lists PKCE methods without S256",
    file: 'src/launch/discovery.ts',
    find: 'if (!acceptsS256(cfg.code_challenge_methods_supported)) {',
    replace: 'if (!acceptsS256(undefined)) {',
    tests: ['src/launch/discovery.test.ts'],
  },
  {
    bug: 'a constant, UUID-shaped state',
    file: 'src/launch/authorize.ts',
    find: 'const stateKey = crypto.randomUUID()',
    replace: "const stateKey = '6f1c2e9a-3b4d-4e5f-8a7b-9c0d1e2f3a4b'",
    tests: ['src/launch/authorize.test.ts'],
  },
  {
    bug: 'the access token written to localStorage under a new key',
    file: 'src/launch/session.ts',
    find: 'const token = (client.state.tokenResponse ?? {}) as Record<string, unknown>',
    replace: "const token = (client.state.tokenResponse ?? {}) as Record<string, unknown>\n  globalThis.localStorage?.setItem('chart-lens:cache', String(token.access_token))",
    tests: ['e2e/standalone-launch.spec.ts'],
  },
  {
    bug: 'a stopped medication counted as active',
    file: 'src/domain/medication.ts',
    find: "if (m.status !== 'active') return false",
    replace: "if (m.status !== 'active' && m.status !== 'stopped') return false",
    tests: ['src/domain/medication.test.ts', 'src/features/medications'],
  },
  {
    bug: "the other-patient filter skipped on the streaming path",
    file: 'src/fhir/observation-stream.ts',
    find: 'const { kept, dropped } = keepPatient<Observation>(page.resources, session.context.patientId)',
    replace: 'const { kept, dropped } = { kept: page.resources as Observation[], dropped: 0 }',
    tests: ['src/fhir/observation-stream.test.ts'],
  },
  {
    bug: 'critical-low LL collapsed to L',
    file: 'src/domain/interpretation.ts',
    find: "['LL', 'LL']",
    replace: "['LL', 'L']",
    tests: ['src/domain/interpretation.test.ts'],
  },
  {
    bug: "FHIR requests sent with credentials: 'include'",
    file: 'src/fhir/http.ts',
    find: "credentials: 'omit' }",
    replace: "credentials: 'include' }",
    tests: ['src/fhir/http.test.ts'],
  },
]

let restore: (() => void) | undefined
const restoreNow = () => {
  restore?.()
  restore = undefined
}
process.on('exit', restoreNow)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

/** 'failed' only when a test failed: a crash or a compile error would say nothing about the tests. */
function run(tests: string[]): 'passed' | 'failed' | 'error' {
  const e2e = tests[0]?.startsWith('e2e/')
  const args = e2e ? ['playwright', 'test', ...tests, '--reporter=line'] : ['vitest', 'run', ...tests]
  const res = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 })
  if (res.status === 0) return 'passed'
  // eslint-disable-next-line no-control-regex -- colour codes, which some runners print whatever the env says
  const text = `${res.stdout}${res.stderr}`.replace(/\x1b\[[0-9;]*m/g, '')
  return /\b\d+ failed\b/.test(text) ? 'failed' : 'error'
}

let bad = 0
for (const plant of PLANTS) {
  const original = readFileSync(plant.file, 'utf8')
  const count = original.split(plant.find).length - 1
  if (count !== 1) {
    console.log(`CANNOT PLANT  ${plant.bug}: the line is in ${plant.file} ${count} times (expected once); update this script`)
    bad++
    continue
  }
  restore = () => writeFileSync(plant.file, original)
  writeFileSync(plant.file, original.replace(plant.find, plant.replace))
  const started = Date.now()
  const outcome = run(plant.tests)
  restoreNow()
  const seconds = Math.round((Date.now() - started) / 1000)
  if (outcome !== 'failed') bad++
  const word = { failed: 'caught  ', passed: 'SURVIVED', error: 'ERROR   ' }[outcome]
  console.log(`${word}  ${plant.bug}  (${plant.tests.join(', ')}; ${seconds} s)`)
}
console.log(bad ? `${bad} of ${PLANTS.length} planted bugs not caught` : `all ${PLANTS.length} planted bugs caught`)
process.exit(bad ? 1 : 0)
