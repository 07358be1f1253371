// Refreshes data/directories from the vendors' published URLs, then rebuilds the indexes.
// Usage: npm run directories:update. Needs outbound HTTPS; without it, stops and changes nothing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBrands } from '../src/launch/brands.ts'
import { DATA_DIR, readSources, SOURCES_FILE } from './directory-sources.ts'

async function fetchJson(url: string): Promise<unknown> {
  let res: Response
  try {
    res = await fetch(url, { headers: { accept: 'application/fhir+json, application/json' }, signal: AbortSignal.timeout(60_000) })
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause
    throw new Error(`could not reach ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}. Is there a network connection?`, { cause: e })
  }
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}; check the URL in data/directories/sources.json.`)
  try {
    return await res.json()
  } catch {
    throw new Error(`${url} did not return JSON.`)
  }
}

async function main() {
  const sources = readSources()
  const today = new Date().toISOString().slice(0, 10)
  // Download and check everything first: a partial refresh would mix snapshots of different dates.
  const fetched = []
  for (const d of sources.directories) {
    const bundle = await fetchJson(d.url)
    const count = parseBrands(bundle).length
    if (count === 0) throw new Error(`${d.url} yielded 0 health systems; the format may have changed. Nothing was written.`)
    console.log(`${d.id}: ${count} health systems`)
    fetched.push({ d, bundle })
  }
  for (const { d, bundle } of fetched) {
    d.file = `${d.id}-${today}.json`
    d.retrieved = today
    writeFileSync(join(DATA_DIR, d.file), JSON.stringify(bundle))
  }
  writeFileSync(SOURCES_FILE, JSON.stringify(sources, null, 2) + '\n')
  console.log('Snapshots written (remove the superseded dated files); the indexes are rebuilt next.')
}

main().catch((e: unknown) => {
  console.error(`directories:update failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
