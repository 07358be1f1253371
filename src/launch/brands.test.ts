import { describe, expect, it } from 'vitest'
import { parseBrands, searchHealthSystems } from './brands.ts'
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
