// Builds public/directories/<id>.json (compact indexes the app loads on demand) from data/directories.
// Usage: npm run directories:index
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parseBrands } from '../src/launch/brands.ts'
import { buildDirectoryIndex, type DirectoryIndex } from '../src/launch/directory-index.ts'
import { DATA_DIR, INDEX_DIR, readSources } from './directory-sources.ts'

export function buildIndexes(): DirectoryIndex[] {
  const { licence, directories } = readSources()
  return directories.map((d) => {
    const systems = parseBrands(JSON.parse(readFileSync(join(DATA_DIR, d.file), 'utf8')))
    if (systems.length === 0) throw new Error(`${d.file} yielded 0 health systems: neither a brands bundle nor an Endpoint list with contained Organizations.`)
    return buildDirectoryIndex({ id: d.id, title: d.title, vendor: d.vendor, persona: d.persona, source: d.url, retrieved: d.retrieved, licence }, systems)
  })
}

export function serializeIndex(index: DirectoryIndex): string {
  return JSON.stringify(index)
}

if (process.argv[1]?.endsWith('build-directory-index.ts')) {
  mkdirSync(INDEX_DIR, { recursive: true })
  let raw = 0
  let gz = 0
  for (const index of buildIndexes()) {
    const text = serializeIndex(index)
    writeFileSync(join(INDEX_DIR, `${index.id}.json`), text)
    const z = gzipSync(text).length
    raw += text.length
    gz += z
    console.log(`${index.id}: ${index.rows.length} endpoints, ${(text.length / 1024).toFixed(0)} kB, ${(z / 1024).toFixed(1)} kB gzip`)
  }
  console.log(`all: ${(raw / 1024).toFixed(0)} kB, ${(gz / 1024).toFixed(1)} kB gzip`)
}
