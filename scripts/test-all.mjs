// npm test: typecheck, lint, the supply-chain gate, unit and e2e all run, even after one fails, so a red step never hides the
// results of the others. Exits non-zero when any step failed, after one summary line per step.
import { spawnSync } from 'node:child_process'

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['sca', ['run', 'sca']],
  ['unit', ['run', 'test:unit']],
  // The mutation run's own test set, in Node: a test that needs a DOM without saying so fails here, not
  // an hour into `npm run test:mutation`.
  ['unit-node', ['run', 'test:unit:node']],
  ['e2e', ['run', 'test:e2e']],
]

const results = []
for (const [name, args] of steps) {
  const started = Date.now()
  console.log(`\n=== ${name}: npm ${args.join(' ')}`)
  const run = spawnSync('npm', args, { stdio: 'inherit' })
  const ok = run.status === 0
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000), detail: run.error?.message ?? (run.signal ? `signal ${run.signal}` : `exit ${run.status}`) })
}

console.log('\n=== summary')
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(9)} ${String(r.seconds).padStart(4)} s${r.ok ? '' : `  (${r.detail})`}`)
const failed = results.filter((r) => !r.ok).length
console.log(`steps: ${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
