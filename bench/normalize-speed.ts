// Normalization speed: the app's mapping of vital-sign Observations into its models, against
// JSON.parse of the same response bodies. The bodies are the emulator's real pages for the
// 5,240-vital patient, fetched in-process (no network, no browser).
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

function timeIt(run: () => void, minMs = 400): number {
  run() // warm-up
  let n = 0
  const start = performance.now()
  while (performance.now() - start < minMs) {
    run()
    n++
  }
  return (performance.now() - start) / n
}

export interface NormalizeSpeed {
  resources: number
  parseMs: number
  mapMs: number
  mapPerSecond: number
  parsePerSecond: number
}

export async function normalizeSpeed(vendor: Vendor): Promise<NormalizeSpeed> {
  const bodies = await pageBodies(vendor)
  const resources = bodies.flatMap(
    (b) => ((JSON.parse(b) as Bundle).entry ?? []).map((e) => e.resource).filter((r): r is Observation => r?.resourceType === 'Observation'),
  )
  const parseMs = timeIt(() => bodies.forEach((b) => JSON.parse(b)))
  let mapped = 0
  const mapMs = timeIt(() => {
    mapped = mapAll(resources, (o) => toVitalSign(o)).items.length
  })
  if (mapped === 0) throw new Error(`no vital signs mapped for ${vendor}`)
  return { resources: resources.length, parseMs, mapMs, mapPerSecond: (resources.length / mapMs) * 1000, parsePerSecond: (resources.length / parseMs) * 1000 }
}
