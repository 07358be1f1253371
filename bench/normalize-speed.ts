// Normalization speed: the app's mapping of vital-sign Observations into its models, against
// JSON.parse of the same response bodies. The bodies are the emulator's real pages for the
// 5,240-vital patient, fetched in-process (no network, no browser). Usage alone:
// `npx tsx bench/normalize-speed.ts epic` prints the figures as JSON.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Bundle, Observation } from 'fhir/r4'
import { patientByKey } from '../mocks/data/patients.ts'
import { createSandbox } from '../mocks/sandbox.ts'
import { BASE_PATHS, mintToken } from '../mocks/testing/tokens.ts'
import { toVitalSign } from '../src/domain/observation.ts'
import { mapAll } from '../src/fhir/normalize.ts'
import type { Vendor } from './flows.ts'

const ORIGIN = 'http://bench.invalid'

async function pageBodies(vendor: Vendor): Promise<string[]> {
  const sandbox = createSandbox()
  const walter = patientByKey('walter')
  if (!walter) throw new Error('no synthetic patient walter')
  const patientId = walter.ids[vendor]
  const token = mintToken(sandbox, ORIGIN, vendor, { patientId })
  let url: string | undefined = `${ORIGIN}${BASE_PATHS[vendor]}/Observation?patient=${patientId}&category=vital-signs`
  const bodies: string[] = []
  while (url && bodies.length < 100) {
    const res = await sandbox.handle(new Request(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } }))
    if (!res.ok) throw new Error(`${res.status} for ${url}`)
    const text = await res.text()
    bodies.push(text)
    url = (JSON.parse(text) as Bundle).link?.find((l) => l.relation === 'next')?.url
  }
  return bodies
}

/** Milliseconds per call of each function: the fastest of `rounds` rounds of at least `roundMs` each,
 * the functions taking turns so both meet the same load. On a shared machine the fastest round is
 * the one least disturbed by other work; both figures are taken the same way, so their ratio holds. */
function fastestRounds(fns: Array<() => void>, rounds = 9, roundMs = 120): number[] {
  fns.forEach((f) => f()) // warm-up
  const best = fns.map(() => Infinity)
  for (let r = 0; r < rounds; r++) {
    fns.forEach((f, i) => {
      let n = 0
      const start = performance.now()
      while (performance.now() - start < roundMs) {
        f()
        n++
      }
      best[i] = Math.min(best[i], (performance.now() - start) / n)
    })
  }
  return best
}

export interface NormalizeSpeed {
  resources: number
  parseMs: number
  mapMs: number
  mapPerSecond: number
  parsePerSecond: number
}

async function measure(vendor: Vendor): Promise<NormalizeSpeed> {
  const bodies = await pageBodies(vendor)
  const resources = bodies.flatMap(
    (b) => ((JSON.parse(b) as Bundle).entry ?? []).map((e) => e.resource).filter((r): r is Observation => r?.resourceType === 'Observation'),
  )
  let mapped = 0
  const [parseMs, mapMs] = fastestRounds([
    () => bodies.forEach((b) => JSON.parse(b)),
    () => {
      mapped = mapAll(resources, (o) => toVitalSign(o)).items.length
    },
  ])
  if (mapped === 0) throw new Error(`no vital signs mapped for ${vendor}`)
  return { resources: resources.length, parseMs, mapMs, mapPerSecond: (resources.length / mapMs) * 1000, parsePerSecond: (resources.length / parseMs) * 1000 }
}

/**
 * Runs in a process of its own, as the app maps in a tab of its own: the bench's own heap (the build,
 * the emulator, the browser driver) would otherwise slow every garbage collection the mapping causes.
 */
export function normalizeSpeed(vendor: Vendor): Promise<NormalizeSpeed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), vendor], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as NormalizeSpeed) : reject(new Error(`normalization bench exited with ${code}`))))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const vendor = process.argv[2] as Vendor
  process.stdout.write(JSON.stringify(await measure(vendor)))
}
