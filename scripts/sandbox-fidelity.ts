// npm run sandbox:fidelity [-- --vendor epic|cerner] [--json]
// Starts the sandbox in-process, reads every synthetic patient's Patient, Observation (labs and
// vitals), MedicationRequest (with Epic's _include) and AllergyIntolerance searches through each
// vendor personality, and prints the JSON paths each resource type carries. Compare them with the
// recorded paths in the vendor reference (vendors.md §8); the contract tests pin the §8 behaviours.
import type { AddressInfo } from 'node:net'
import { patients } from '../mocks/data/patients.ts'
import { createSandbox } from '../mocks/sandbox.ts'
import { serve } from '../mocks/server/node-adapter.ts'
import { BASE_PATHS, mintToken, type BaseName } from '../mocks/testing/tokens.ts'
import { pathsByType } from './fidelity-paths.ts'

type Vendor = 'epic' | 'cerner'

async function searchAll(url: string, token: string): Promise<unknown[]> {
  const out: unknown[] = []
  let next: string | undefined = url
  for (let page = 0; next && page < 200; page++) {
    const res = await fetch(next, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } })
    if (!res.ok) throw new Error(`${res.status} from ${next}`)
    const bundle = (await res.json()) as { resourceType?: string; entry?: Array<{ resource?: unknown }>; link?: Array<{ relation: string; url: string }> }
    if (bundle.resourceType !== 'Bundle') {
      out.push(bundle)
      break
    }
    // The Bundle's own paths, without its entries' resources (those are listed under their own type).
    const shell = { ...bundle, entry: (bundle.entry ?? []).map(({ resource: _, ...rest }) => rest) }
    out.push(shell, ...(bundle.entry ?? []).map((e) => e.resource))
    next = bundle.link?.find((l) => l.relation === 'next')?.url
  }
  return out
}

async function vendorPaths(origin: string, sandbox: ReturnType<typeof createSandbox>, vendor: Vendor) {
  const name: BaseName = vendor
  const base = origin + BASE_PATHS[name]
  const resources: unknown[] = []
  for (const p of patients) {
    const id = p.ids[vendor]
    const token = mintToken(sandbox, origin, name, { patientId: id })
    const searches = [
      `Patient/${id}`,
      `Observation?patient=${id}&category=laboratory`,
      `Observation?patient=${id}&category=vital-signs`,
      `MedicationRequest?patient=${id}${vendor === 'epic' ? '&_include=MedicationRequest:medication' : ''}`,
      `AllergyIntolerance?patient=${id}`,
    ]
    for (const s of searches) resources.push(...(await searchAll(`${base}/${s}`, token)))
  }
  return pathsByType(resources)
}

async function main() {
  const args = process.argv.slice(2)
  const only = args.includes('--vendor') ? (args[args.indexOf('--vendor') + 1] as Vendor) : undefined
  const vendors: Vendor[] = only ? [only] : ['epic', 'cerner']
  const sandbox = createSandbox()
  const server = serve(sandbox.handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const result: Record<string, Record<string, string[]>> = {}
    for (const v of vendors) result[v] = await vendorPaths(origin, sandbox, v)
    if (args.includes('--json')) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n')
      return
    }
    for (const [v, types] of Object.entries(result)) {
      for (const [type, paths] of Object.entries(types)) {
        process.stdout.write(`\n${v} ${type} (${paths.length} paths)\n${paths.map((p) => `  ${p}`).join('\n')}\n`)
      }
    }
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

await main()
