// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../fhir/testing/fetch-mock.ts'
import type { HealthSystem } from './brands.ts'
import { defaultConfig, type DeployConfig } from './deploy-config.ts'
import { buildDirectoryIndex, expandDirectoryIndex, type DirectoryIndex, type DirectoryMeta } from './directory-index.ts'
import { loadDirectory } from './directory.ts'

const meta: DirectoryMeta = { id: 'test-dir', title: 'Test directory', vendor: 'cerner', persona: 'patient', source: 'https://directory.test/list', retrieved: '2026-01-01', licence: 'CC0' }

function index(id: string, rows: DirectoryIndex['rows'], extra: Partial<DirectoryIndex> = {}): DirectoryIndex {
  return { format: 1, ...meta, id, prefix: 'https://fhir.test/r4/', rows, ...extra }
}

const system = (name: string, address: string, places: string[] = []): HealthSystem => ({
  id: address,
  name,
  aliases: [],
  places,
  endpoints: [{ id: address, name, address }],
  searchText: [name, ...places].join(' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(),
})

describe('directory index', () => {
  it('expands rows into one system per endpoint, with the place and the directory it came from', () => {
    const ix = index('oracle-x', [
      ['Valley Clinic', 'aaa-111', 'Boise, ID'],
      ['Hill Hospital', 'bbb-222', ''],
    ])
    const directory = { id: 'oracle-x', vendor: 'cerner', persona: 'patient' }
    expect(expandDirectoryIndex(ix)).toEqual([
      { ...system('Valley Clinic', 'https://fhir.test/r4/aaa-111', ['Boise, ID']), directory },
      { ...system('Hill Hospital', 'https://fhir.test/r4/bbb-222'), directory },
    ])
  })

  it('an index that does not say its vendor or persona is generic and serves both', () => {
    const ix: Partial<DirectoryIndex> = index('plain', [['Valley Clinic', 'a', '']])
    delete ix.vendor
    delete ix.persona
    expect(expandDirectoryIndex(ix)[0].directory).toEqual({ id: 'plain', vendor: 'generic', persona: 'both' })
  })

  it('refuses anything that is not a format 1 index, with a clear message', () => {
    const good = index('x', [])
    for (const bad of [undefined, null, { ...good, format: 2 }, { ...good, rows: 'nope' }, { ...good, prefix: 7 }, { ...good, id: '' }]) {
      expect(() => expandDirectoryIndex(bad)).toThrow(new Error('This is not a Chart Lens directory index (format 1).'))
    }
  })

  it('round-trips through the compact form: shared prefix stored once, several endpoints named apart', () => {
    const valley: HealthSystem = {
      ...system('Valley Clinic', 'https://fhir.test/r4/t1', ['Boise, ID', 'Nampa, ID']),
      aliases: ['VC'],
      endpoints: [
        { id: 'p', name: 'Patients', address: 'https://fhir.test/r4/t1' },
        { id: 's', name: 'Staff', address: 'https://fhir.test/r4/t2' },
      ],
    }
    const built = buildDirectoryIndex(meta, [valley, system('Hill Hospital', 'https://fhir.test/r4/t3')])
    expect(built).toEqual({
      format: 1,
      ...meta,
      prefix: 'https://fhir.test/r4/',
      rows: [
        ['Valley Clinic (Patients)', 't1', 'Boise, ID'],
        ['Valley Clinic (Staff)', 't2', 'Boise, ID'],
        ['Hill Hospital', 't3', ''],
      ],
    })
    expect(expandDirectoryIndex(built).map((s) => s.endpoints[0].address)).toEqual(['https://fhir.test/r4/t1', 'https://fhir.test/r4/t2', 'https://fhir.test/r4/t3'])
  })

  it('a single endpoint keeps its whole address in the row', () => {
    expect(buildDirectoryIndex(meta, [system('Valley Clinic', 'https://fhir.test/r4/t1')])).toMatchObject({ prefix: '', rows: [['Valley Clinic', 'https://fhir.test/r4/t1', '']] })
  })
})

describe('loadDirectory', () => {
  const fetchMock = mockFetch()
  const base: DeployConfig = { ...defaultConfig({}), directories: [], brandsBundles: [], organizations: [], sandbox: false }

  /** Answers each URL from the table (JSON bodies; a number is a status, a string a raw body). */
  function serve(table: Record<string, unknown>) {
    fetchMock.mockImplementation(async (input) => {
      const url = String(input)
      if (!(url in table)) throw new Error(`unexpected fetch ${url}`)
      const answer = table[url]
      if (typeof answer === 'number') return new Response(null, { status: answer })
      if (typeof answer === 'string') return new Response(answer, { status: 200 })
      return Response.json(answer)
    })
  }
  const origin = window.location.origin

  it('loads only the shipped directories whose persona fits the launch, plus any directory URL', async () => {
    serve({
      [`${origin}/directories/epic-r4.json`]: index('epic-r4', [['Epic Clinic', 'e', '']], { vendor: 'epic', persona: 'both' }),
      [`${origin}/directories/oracle-patient-r4.json`]: index('oracle-patient-r4', [['Oracle Patient Clinic', 'p', '']]),
      // Down: a problem only for the launch that needs it.
      [`${origin}/directories/oracle-provider-r4.json`]: 404,
      'https://dir.test/own.json': index('own', [['Own Clinic', 'o', '']]),
    })
    const config = { ...base, directories: ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4', 'https://dir.test/own.json'] }
    const standalone = await loadDirectory(config, 'standalone')
    expect(standalone).toEqual({ systems: expect.any(Array), problems: [] })
    expect(standalone.systems.map((s) => s.name)).toEqual(['Epic Clinic', 'Oracle Patient Clinic', 'Own Clinic'])
    const ehr = await loadDirectory(config, 'ehr')
    expect(ehr.systems.map((s) => s.name)).toEqual(['Epic Clinic', 'Own Clinic'])
    expect(ehr.problems).toEqual(['The directory oracle-provider-r4 could not be loaded: the server answered 404.'])
  })

  it('asks for JSON', async () => {
    serve({ 'https://brands.test/accept.json': { entry: [{ resource: { resourceType: 'Endpoint', id: 'e', status: 'active', name: 'Valley Clinic', address: 'https://fhir.valley.test/r4' } }] } })
    await loadDirectory({ ...base, brandsBundles: ['https://brands.test/accept.json'] }, 'standalone')
    expect(fetchMock).toHaveBeenCalledWith(new URL('https://brands.test/accept.json'), expect.objectContaining({ headers: { accept: 'application/json' } }))
  })

  it('names each failing source and why, and keeps what loaded', async () => {
    serve({
      'https://dir.test/not-json.json': '<html>Not here</html>',
      'https://dir.test/null.json': 'null',
      'https://dir.test/broken-index.json': { format: 1, id: 'broken' },
      'https://dir.test/index.json': index('idx', [['Indexed Clinic', 'i', 'Boise, ID']]),
    })
    fetchMock.mockRejectedValueOnce(new DOMException('The operation timed out.', 'TimeoutError'))
    fetchMock.mockRejectedValueOnce(new DOMException('The operation was aborted.', 'AbortError'))
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const { systems, problems } = await loadDirectory(
      { ...base, directories: ['https://dir.test/slow.json', 'https://dir.test/aborted.json', 'https://dir.test/blocked.json', 'https://dir.test/not-json.json', 'https://dir.test/null.json', 'https://dir.test/broken-index.json', 'https://dir.test/index.json'] },
      'standalone',
    )
    expect(problems).toEqual([
      'The directory https://dir.test/slow.json could not be loaded: it did not answer within 20 s.',
      'The directory https://dir.test/aborted.json could not be loaded: it could not be reached (network, address or security policy).',
      'The directory https://dir.test/blocked.json could not be loaded: it could not be reached (network, address or security policy).',
      'The directory https://dir.test/not-json.json could not be loaded: it is not JSON.',
      'The directory https://dir.test/null.json yielded 0 health systems: it is neither a brands bundle nor an endpoint list this app can read.',
      'The directory https://dir.test/broken-index.json could not be loaded: it claims to be a directory index (format 1) but is not a valid one.',
    ])
    expect(systems.map((s) => [s.name, s.places, s.directory])).toEqual([['Indexed Clinic', ['Boise, ID'], { id: 'idx', vendor: 'cerner', persona: 'patient' }]])
  })

  it('fetches a source once while it works, and again after it failed', async () => {
    const url = 'https://brands.test/flaky.json'
    serve({ [url]: 503 })
    const config = { ...base, brandsBundles: [url] }
    expect((await loadDirectory(config, 'standalone')).problems).toEqual([`The brands bundle ${url} could not be loaded: the server answered 503.`])
    serve({ [url]: index('flaky', [['Valley Clinic', 'v', '']]) })
    expect((await loadDirectory(config, 'standalone')).systems.map((s) => s.name)).toEqual(['Valley Clinic'])
    expect((await loadDirectory(config, 'standalone')).systems.map((s) => s.name)).toEqual(['Valley Clinic'])
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('lists configured organizations first, with the vendor and persona they are known to serve', async () => {
    const organizations: DeployConfig['organizations'] = [
      { name: 'Valley Clinic', fhirBase: 'https://fhir.valley.test/r4', place: 'Boise, ID' },
      { name: 'Hill Hospital', fhirBase: 'https://fhir.hill.test/r4', vendor: 'cerner' },
      { name: 'Lake Health', fhirBase: 'https://fhir.lake.test/r4', vendor: 'epic' },
      { name: 'Lake Staff', fhirBase: 'https://fhir.lakestaff.test/r4', vendor: 'cerner', persona: 'provider' },
      { name: 'River Staff', fhirBase: 'https://fhir-ehr.cerner.com/r4/abc', vendor: 'cerner' },
    ]
    const url = 'https://brands.test/after.json'
    serve({ [url]: index('after', [['Zed Clinic', 'z', '']]) })
    const { systems } = await loadDirectory({ ...base, organizations, brandsBundles: [url] }, 'standalone')
    const config = (vendor: string, persona: string) => ({ id: 'config', vendor, persona })
    expect(systems).toEqual([
      { ...system('Valley Clinic', 'https://fhir.valley.test/r4', ['Boise, ID']), directory: undefined },
      { ...system('Hill Hospital', 'https://fhir.hill.test/r4'), directory: config('cerner', 'patient') },
      { ...system('Lake Health', 'https://fhir.lake.test/r4'), directory: config('epic', 'both') },
      { ...system('Lake Staff', 'https://fhir.lakestaff.test/r4'), directory: config('cerner', 'provider') },
      { ...system('River Staff', 'https://fhir-ehr.cerner.com/r4/abc'), directory: config('cerner', 'provider') },
      expect.objectContaining({ name: 'Zed Clinic' }),
    ])
  })
})
