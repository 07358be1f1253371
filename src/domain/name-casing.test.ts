// @vitest-environment node
import type { AllergyIntolerance } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { toAllergy } from './allergy.ts'
import { collectResources, normalizeCollected } from './normalize-report.ts'
import { sentenceCaseName } from './name-casing.ts'
import { allergiesOf } from './test-fixtures.ts'

describe('sentenceCaseName', () => {
  it.each([
    ['PENICILLINS', 'Penicillins'],
    ['peanut', 'Peanut'],
    ['SULFONAMIDE ANTIBIOTICS', 'Sulfonamide antibiotics'],
    ['ACE INHIBITORS', 'ACE inhibitors'],
    ['NSAIDS', 'NSAIDs'],
    ['IV CONTRAST MEDIA', 'IV contrast media'],
    ['iodinated contrast (ct)', 'Iodinated contrast (CT)'],
    ['TMP-SMX', 'TMP-SMX'],
    ['VITAMIN B12', 'Vitamin B12'],
    ['aspirin / asa', 'Aspirin / ASA'],
    ['NKDA', 'NKDA'],
    ['nka', 'NKA'],
  ])('%s → %s', (before, after) => {
    expect(sentenceCaseName(before)).toBe(after)
  })

  it('leaves a name already in mixed case as it was typed', () => {
    expect(sentenceCaseName('Adhesive Tape')).toBe('Adhesive Tape')
    expect(sentenceCaseName('McDonald’s sauce')).toBe('McDonald’s sauce')
    expect(sentenceCaseName('Ace bandage')).toBe('Ace bandage')
  })

  it('leaves text without letters alone', () => {
    expect(sentenceCaseName('123')).toBe('123')
  })
})

describe('allergen name casing in the model', () => {
  const base = { resourceType: 'AllergyIntolerance', id: 'a1', patient: { reference: 'Patient/p1' } } as const

  it('shows the readable name and names the rule; the sent name stays in the report as before → after', () => {
    const resource = { ...base, code: { text: 'PENICILLINS' } } as AllergyIntolerance
    const a = toAllergy(resource)
    expect(a?.substance).toBe('Penicillins')
    expect(a?.provenance.fields.substance).toEqual({ path: 'code.text', rules: ['allergy.name-casing', 'code.text-only'] })
    const [entry] = normalizeCollected(collectResources(resource)).report
    const field = entry?.fields.find((f) => f.field === 'substance')
    expect(field).toMatchObject({ from: 'code.text', source: 'PENICILLINS', value: 'Penicillins', rules: [{ id: 'allergy.name-casing' }, { id: 'code.text-only' }] })
  })

  it('names no casing rule when the name needed no change', () => {
    const a = toAllergy({ ...base, code: { text: 'Latex' } } as AllergyIntolerance)
    expect(a?.substance).toBe('Latex')
    expect(a?.provenance.fields.substance?.rules).toEqual(['code.text-only'])
  })

  it('Epic’s capitals and the other server’s casing read the same', async () => {
    const names = async (vendor: 'epic' | 'cerner') =>
      (await allergiesOf(vendor, 'lorraine')).resources.map((r) => toAllergy(r as AllergyIntolerance)?.substance).filter((s) => s?.startsWith('P'))
    expect(await names('epic')).toEqual(await names('cerner'))
    expect(await names('epic')).toContain('Penicillins')
  })
})
