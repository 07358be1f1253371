import { describe, expect, it } from 'vitest'
import { foldForSearch, parseBrands, searchHealthSystems, withinOneEdit, type HealthSystem } from './brands.ts'
import shipped from './brands.json'

function generatedBundle(n: number) {
  const entry = []
  for (let i = 0; i < n; i++) {
    entry.push({ resource: { resourceType: 'Organization', id: `o${i}`, name: `Health System ${i}`, alias: [`HS${i}`], address: [{ city: i % 2 ? 'Springfield' : 'Shelbyville', state: 'IL' }], endpoint: [{ reference: `Endpoint/e${i}` }] } })
    entry.push({ resource: { resourceType: 'Endpoint', id: `e${i}`, status: 'active', name: `Portal ${i}`, address: `https://fhir${i}.example.org/r4` } })
  }
  return { resourceType: 'Bundle', type: 'collection', entry }
}

describe('brands', () => {
  it('reads the shipped bundle: local sandboxes and the public vendor sandboxes', () => {
    const names = parseBrands(shipped).map((s) => s.name)
    expect(names).toHaveLength(5)
    expect(names.some((n) => n.includes('local Epic'))).toBe(true)
    expect(names.some((n) => n.includes('SMART Health IT'))).toBe(true)
  })

  it('searches name, alias and city, every word must match', () => {
    const systems = parseBrands(shipped)
    expect(searchHealthSystems(systems, 'madison').map((s) => s.id)).toEqual(['local-cerner'])
    expect(searchHealthSystems(systems, 'mychart demo').map((s) => s.id)).toEqual(['local-epic'])
    expect(searchHealthSystems(systems, 'nowhere at all')).toEqual([])
  })

  it('handles a 2,000-endpoint bundle and caps what is rendered', () => {
    const systems = parseBrands(generatedBundle(2000))
    expect(systems).toHaveLength(2000)
    expect(searchHealthSystems(systems, 'springfield')).toHaveLength(50)
    expect(searchHealthSystems(systems, 'hs1999').map((s) => s.name)).toEqual(['Health System 1999'])
  })

  it('skips unusable entries instead of failing', () => {
    const odd = { entry: [null, { resource: { resourceType: 'Organization', id: 'x', name: 'No endpoint' } }, { resource: { resourceType: 'Endpoint', id: 'e', status: 'off', address: 'ftp://x' } }] }
    expect(parseBrands(odd)).toEqual([])
    expect(parseBrands('not a bundle')).toEqual([])
  })

  it('ignores case, accents and punctuation, tolerates one typo, and ranks exact and prefix first', () => {
    const org = (id: string, name: string, city = 'Boise', state = 'ID') => [
      { resource: { resourceType: 'Organization', id, name, address: [{ city, state }], endpoint: [{ reference: `Endpoint/${id}` }] } },
      { resource: { resourceType: 'Endpoint', id, status: 'active', address: `https://${id}.test/r4` } },
    ]
    const systems = parseBrands({
      entry: [
        ...org('a', "Luke's Family Clinic"),
        ...org('b', "St. Luke's Health System"),
        ...org('c', 'St Lukes', 'Kansas City', 'MO'),
        ...org('d', 'Saint Mary Hospital', 'Cœur d’Alene', 'ID'),
        ...org('e', 'Lukeville Pediatrics'),
      ],
    })
    const ids = (q: string) => searchHealthSystems(systems, q).map((s) => s.id)
    // "St Lukes" is a whole name (first), "St. Luke's Health System" a name prefix (second).
    expect(ids('St Lukes')).toEqual(['c', 'b'])
    expect(ids("ST. LUKE'S")).toEqual(['c', 'b'])
    expect(ids('st lukse').sort()).toEqual(['b', 'c'])
    expect(ids('coeur dalene')).toEqual(['d'])
    expect(ids('kansas city mo')).toEqual(['c'])
    expect(ids('st lukes health system')).toEqual(['b'])
    expect(ids('luke').slice(0, 2)).toEqual(['a', 'e'])
    expect(ids('luke').slice(2).sort()).toEqual(['b', 'c'])
    expect(ids('hospitl')).toEqual(['d'])
    expect(ids('hspitl')).toEqual([])
  })
})

const bundleOf = (...resources: object[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) })
const endpoint = (id: string, extra: object = {}) => ({ resourceType: 'Endpoint', id, status: 'active', address: `https://${id}.test/r4`, ...extra })

describe('parseBrands: which endpoints a patient is offered', () => {
  it('offers only active endpoints whose address is http(s), trailing slash dropped, named by the Endpoint when it has a name', () => {
    const systems = parseBrands(
      bundleOf(
        { resourceType: 'Organization', id: 'o', name: 'Valley Clinic', endpoint: [{ reference: 'Endpoint/named' }, { reference: 'Endpoint/bare' }, { reference: 'Endpoint/off' }, { reference: 'Endpoint/ftp' }, { reference: 'Endpoint/embedded' }, { reference: 'Endpoint/none' }] },
        endpoint('named', { name: 'Patient portal', address: 'https://fhir.valley.test/r4/' }),
        endpoint('bare', { address: 'http://fhir2.valley.test/r4' }),
        endpoint('off', { status: 'off' }),
        endpoint('ftp', { address: 'ftp://mirror.valley.test/https://fhir.valley.test/r4' }),
        endpoint('embedded', { address: 'see https://fhir3.valley.test/r4' }),
        endpoint('none', { address: undefined }),
      ),
    )
    expect(systems.map((s) => s.endpoints)).toEqual([
      [
        { id: 'named', name: 'Patient portal', address: 'https://fhir.valley.test/r4' },
        { id: 'bare', name: 'http://fhir2.valley.test/r4', address: 'http://fhir2.valley.test/r4' },
      ],
    ])
  })

  it('does not list an Organization whose only reference points nowhere, and keeps only the endpoints that exist', () => {
    const systems = parseBrands(
      bundleOf(
        { resourceType: 'Organization', id: 'ghost', name: 'Ghost Clinic', endpoint: [{ reference: 'Endpoint/missing' }] },
        { resourceType: 'Organization', id: 'real', name: 'Real Clinic', endpoint: [{ display: 'no reference' }, { reference: 'Endpoint/missing' }, { reference: 'Endpoint/e1' }] },
        endpoint('e1'),
      ),
    )
    expect(systems.map((s) => [s.name, s.endpoints.map((e) => e.id)])).toEqual([['Real Clinic', ['e1']]])
  })

  it('returns nothing for missing or empty input instead of throwing', () => {
    expect(parseBrands(undefined)).toEqual([])
    expect(parseBrands(null)).toEqual([])
    expect(parseBrands({ entry: 'nope' })).toEqual([])
  })

  it('keeps string aliases only and every address with a city or a state as a place', () => {
    const [s] = parseBrands(
      bundleOf(
        { resourceType: 'Organization', id: 'o', name: 'Valley Clinic', alias: ['VC', 42, null], address: [{ country: 'US' }, { city: 'Boise', state: 'ID' }, { state: 'ID' }, { city: 'Nampa' }], endpoint: [{ reference: 'Endpoint/e' }] },
        endpoint('e'),
      ),
    )
    expect(s).toEqual({
      id: 'o',
      name: 'Valley Clinic',
      aliases: ['VC'],
      places: ['Boise, ID', 'ID', 'Nampa'],
      endpoints: [{ id: 'e', name: 'https://e.test/r4', address: 'https://e.test/r4' }],
      searchText: 'valley clinic vc boise id id nampa',
    })
    // The alias is a word of its own: a two-letter query finds it.
    expect(searchHealthSystems([s], 'vc')).toEqual([s])
  })
})

describe('parseBrands: Epic-style lists (Endpoints naming a contained Organization)', () => {
  const epic = (extra: object) => bundleOf(endpoint('e', { name: 'FHIR R4 endpoint', ...extra }))
  const names = (bundle: object) => parseBrands(bundle).map((s) => s.name)
  const location = { resourceType: 'Location', id: 'loc', name: 'Main Campus' }

  it('names the system after the contained Organization the Endpoint points at', () => {
    const [s] = parseBrands(epic({ managingOrganization: { reference: '#org' }, contained: [location, { resourceType: 'Organization', id: 'org', name: 'Valley Clinic', address: [{ city: 'Boise', state: 'ID' }] }] }))
    expect(s).toEqual({ id: 'e', name: 'Valley Clinic', aliases: [], places: ['Boise, ID'], endpoints: [{ id: 'e', name: 'FHIR R4 endpoint', address: 'https://e.test/r4' }], searchText: 'valley clinic boise id' })
  })

  it('picks the referenced Organization among several contained ones', () => {
    const contained = [
      { resourceType: 'Organization', id: 'parent', name: 'Valley Health Group' },
      { resourceType: 'Organization', id: 'org', name: 'Valley Clinic' },
    ]
    expect(names(epic({ managingOrganization: { reference: '#org' }, contained }))).toEqual(['Valley Clinic'])
  })

  it('without a reference, takes the contained Organization (not another contained resource)', () => {
    expect(names(epic({ contained: [location, { resourceType: 'Organization', id: 'org', name: 'Valley Clinic' }] }))).toEqual(['Valley Clinic'])
    expect(names(epic({ managingOrganization: { display: 'Valley' }, contained: [location, { resourceType: 'Organization', id: 'org', name: 'Valley Clinic' }] }))).toEqual(['Valley Clinic'])
  })

  it("falls back to the Endpoint's name, and skips an Endpoint with neither", () => {
    expect(names(epic({ contained: [location] }))).toEqual(['FHIR R4 endpoint'])
    expect(names(bundleOf(endpoint('e', { contained: [location] })))).toEqual([])
  })

  it('does not offer an Endpoint twice when a top-level Organization lists it too', () => {
    const systems = parseBrands(
      bundleOf(endpoint('e', { name: 'Portal', contained: [{ resourceType: 'Organization', id: 'c', name: 'Valley (contained)' }] }), { resourceType: 'Organization', id: 'o', name: 'Valley Clinic', endpoint: [{ reference: 'Endpoint/e' }] }),
    )
    expect(systems.map((s) => [s.id, s.name])).toEqual([['o', 'Valley Clinic']])
  })
})

describe('foldForSearch', () => {
  it('drops accents, apostrophes and surrounding punctuation, and spells out ligatures', () => {
    expect(foldForSearch('  José Peña’s Clinic!  ')).toBe('jose penas clinic')
    expect(foldForSearch('Æsculap Straße Œuvre')).toBe('aesculap strasse oeuvre')
  })
})

describe('searchHealthSystems', () => {
  const named = (...names: string[]) => parseBrands(bundleOf(...names.flatMap((name, i) => [{ resourceType: 'Organization', id: `o${i}`, name, endpoint: [{ reference: `Endpoint/e${i}` }] }, endpoint(`e${i}`)])))
  const search = (systems: HealthSystem[], q: string, limit?: number) => searchHealthSystems(systems, q, limit).map((s) => s.name)

  it('an empty query lists systems in their own order, up to the limit', () => {
    const systems = named('Cedar Clinic', 'Aspen Clinic', 'Birch Clinic')
    expect(search(systems, '')).toEqual(['Cedar Clinic', 'Aspen Clinic', 'Birch Clinic'])
    expect(search(systems, ' . ', 2)).toEqual(['Cedar Clinic', 'Aspen Clinic'])
  })

  it('matches a word start at any length, inside a word from three letters', () => {
    const systems = named('Valley Clinic')
    expect(search(systems, 'va')).toEqual(['Valley Clinic'])
    expect(search(systems, 'al')).toEqual([])
    expect(search(systems, 'lle')).toEqual(['Valley Clinic'])
  })

  it('tolerates one typo in words of four letters or more, in letters only, also in a word start', () => {
    const systems = named('Boise Clinic', 'Tower 5north')
    expect(search(systems, 'bose')).toEqual(['Boise Clinic'])
    expect(search(systems, 'clx')).toEqual([])
    expect(search(systems, 'clinx')).toEqual(['Boise Clinic'])
    expect(search(systems, '6north')).toEqual([])
    expect(search(named('Unit 1234'), '1235')).toEqual([])
  })

  it('ranks a name prefix before a word prefix before a substring, then by name', () => {
    expect(search(named('Aspen Clinic', 'Clinic of Zion', 'Birch Polyclinic'), 'clinic')).toEqual(['Clinic of Zion', 'Aspen Clinic', 'Birch Polyclinic'])
    // Each word counts with its best match in the entry; the entry with its worst word.
    const systems = parseBrands(
      bundleOf(
        { resourceType: 'Organization', id: 'a', name: 'Aspen Polyclinic', endpoint: [{ reference: 'Endpoint/a' }] },
        { resourceType: 'Organization', id: 'm', name: 'Mercy Clinic', alias: ['Polyclinic Mercy'], endpoint: [{ reference: 'Endpoint/m' }] },
        endpoint('a'),
        endpoint('m'),
      ),
    )
    expect(search(systems, 'clinic')).toEqual(['Mercy Clinic', 'Aspen Polyclinic'])
    expect(search(named('Galley Clinic', 'Lleyton Clinic'), 'lley clinic')).toEqual(['Lleyton Clinic', 'Galley Clinic'])
  })

  it('orders equally ranked systems by name, and same-named ones as listed', () => {
    expect(search(named('Cedar Clinic', 'Aspen Clinic', 'Birch Clinic'), 'clinic')).toEqual(['Aspen Clinic', 'Birch Clinic', 'Cedar Clinic'])
    const twins = named('Valley Clinic', 'Valley Clinic', 'Valley Clinic')
    expect(searchHealthSystems(twins, 'valley').map((s) => s.id)).toEqual(['o0', 'o1', 'o2'])
  })
})

describe('withinOneEdit', () => {
  it('accepts the same word and one substitution, insertion, deletion or swap of neighbours', () => {
    expect(withinOneEdit('clinic', 'clinic')).toBe(true)
    expect(withinOneEdit('clinic', 'clinxc')).toBe(true)
    expect(withinOneEdit('hospitl', 'hospital')).toBe(true)
    expect(withinOneEdit('hospitall', 'hospital')).toBe(true)
    expect(withinOneEdit('hospxital', 'hospital')).toBe(true)
    expect(withinOneEdit('hospital', 'hosptial')).toBe(true)
  })

  it('refuses two edits', () => {
    expect(withinOneEdit('abcd', 'wxyz')).toBe(false)
    expect(withinOneEdit('abcd', 'axyd')).toBe(false)
    expect(withinOneEdit('abcd', 'acxd')).toBe(false)
    expect(withinOneEdit('abcd', 'axbd')).toBe(false)
    expect(withinOneEdit('abcd', 'bacx')).toBe(false)
    expect(withinOneEdit('abcd', 'abcdef')).toBe(false)
    expect(withinOneEdit('hospxtal', 'hospitall')).toBe(false)
    expect(withinOneEdit('hosxital', 'hospitl')).toBe(false)
  })
})
