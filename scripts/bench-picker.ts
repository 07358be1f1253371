// Keystroke benchmark for the health-system picker: every prefix of a few queries, searched over every
// entry the picker offers from the shipped directories. Usage: npm run bench:picker
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { searchHealthSystems } from '../src/launch/brands.ts'
import { expandDirectoryIndex } from '../src/launch/directory-index.ts'
import { INDEX_DIR } from './directory-sources.ts'

const systems = ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4'].flatMap((id) =>
  expandDirectoryIndex(JSON.parse(readFileSync(join(INDEX_DIR, `${id}.json`), 'utf8'))),
)
const queries = ['St Lukes', 'kansas city mo', 'providance', 'Mayo Clinic', 'zzzz qqqq', 'university of wisconsin']
// First pass warms the JIT and the per-entry token cache, as the first keystrokes do in the browser.
for (const q of queries) searchHealthSystems(systems, q)
const times: number[] = []
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const t = performance.now()
      searchHealthSystems(systems, q.slice(0, i))
      times.push(performance.now() - t)
    }
  }
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(2)
console.log(`${systems.length} entries, ${times.length} keystrokes: median ${pct(50)} ms, p95 ${pct(95)} ms, max ${times[times.length - 1].toFixed(2)} ms`)
