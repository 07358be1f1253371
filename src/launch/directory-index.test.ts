// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexes, serializeIndex } from '../../scripts/build-directory-index.ts'
import { parseBrands } from './brands.ts'
import { defaultConfig } from './deploy-config.ts'
import { loadDirectory } from './directory.ts'

const root = join(import.meta.dirname, '..', '..')
const committed = (id: string) => readFileSync(join(root, 'public', 'directories', `${id}.json`), 'utf8')

describe('shipped directories', () => {
  const built = buildIndexes()

  it('reads Epic\'s Endpoint-only list (contained Organizations) and both Oracle lists', () => {
    expect(Object.fromEntries(built.map((ix) => [ix.id, ix.rows.length]))).toEqual({ 'epic-r4': 481, 'oracle-patient-r4': 1359, 'oracle-provider-r4': 1451 })
    const epic = parseBrands(JSON.parse(readFileSync(join(root, 'data', 'directories', 'epic-r4-endpoints-2026-04-27.json'), 'utf8')))
    expect(epic.find((s) => s.name.startsWith('Waco Family Medicine'))?.endpoints[0].address).toMatch(/^https:\/\/.+\/api\/FHIR\/R4$/)
    const oracle = built.find((ix) => ix.id === 'oracle-patient-r4')!
    expect(oracle.prefix).toBe('https://fhir-myrecord.cerner.com/r4/')
    expect(oracle.rows.every(([, , place]) => /, [A-Z]{2}$/.test(place))).toBe(true)
  })

  it('the committed indexes are what the script builds from data/directories, with source and date', () => {
    for (const ix of built) {
      expect(committed(ix.id)).toBe(serializeIndex(ix))
      expect(ix).toMatchObject({ retrieved: '2026-04-27', licence: expect.stringContaining('CC BY 4.0'), source: expect.stringMatching(/^https:\/\//) })
    }
  })

  it('all indexes together stay within 150 kB gzip', () => {
    const total = built.reduce((n, ix) => n + gzipSync(committed(ix.id)).length, 0)
    expect(total).toBeLessThanOrEqual(150 * 1024)
  })
})

describe('loadDirectory', () => {
  const server = setupServer(
    http.get('https://brands.test/empty.json', () => HttpResponse.json({ resourceType: 'Bundle', type: 'collection', entry: [] })),
    http.get('https://brands.test/down.json', () => new HttpResponse(null, { status: 503 })),
    http.get('https://brands.test/one.json', () =>
      HttpResponse.json({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Endpoint', id: 'e', status: 'active', name: 'Valley Clinic', address: 'https://fhir.valley.test/r4/' } }] }),
    ),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('says which source yielded nothing or failed, and keeps what did load', async () => {
    const config = { ...defaultConfig({}), directories: [], brandsBundles: ['https://brands.test/empty.json', 'https://brands.test/down.json', 'https://brands.test/one.json'] }
    const { systems, problems } = await loadDirectory(config, 'standalone')
    expect(systems.map((s) => s.name)).toEqual(['Valley Clinic'])
    expect(problems).toEqual([
      'The brands bundle https://brands.test/empty.json yielded 0 health systems: it is neither a brands bundle nor an endpoint list this app can read.',
      'The brands bundle https://brands.test/down.json could not be loaded: the server answered 503.',
    ])
  })
})
