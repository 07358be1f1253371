// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type AllergyItem, isHiddenAllergy, toAllergy } from './allergy.ts'
import { allergyListState } from './allergy-list.ts'
import { allergiesOf, type PatientKey, type VendorName, VENDORS } from './test-fixtures.ts'

const states: Array<{ vendor: VendorName; key: PatientKey; expected: object }> = [
  { vendor: 'epic', key: 'lorraine', expected: { kind: 'list', hidden: 2 } },
  { vendor: 'cerner', key: 'lorraine', expected: { kind: 'list', hidden: 2 } },
  { vendor: 'epic', key: 'sofia', expected: { kind: 'list', hidden: 0 } },
  { vendor: 'cerner', key: 'sofia', expected: { kind: 'list', hidden: 0 } },
  // The vendors' real difference: a placeholder "Not on File" versus explicit NKA/NKDA or nothing.
  { vendor: 'epic', key: 'mateo', expected: { kind: 'not-on-file' } },
  { vendor: 'cerner', key: 'mateo', expected: { kind: 'no-known-allergies', drugOnly: false } },
  { vendor: 'epic', key: 'hana', expected: { kind: 'not-on-file' } },
  { vendor: 'cerner', key: 'hana', expected: { kind: 'no-known-allergies', drugOnly: true } },
  { vendor: 'epic', key: 'walter', expected: { kind: 'not-on-file' } },
  { vendor: 'cerner', key: 'walter', expected: { kind: 'not-asked' } },
]

async function listItems(vendor: VendorName, key: PatientKey): Promise<AllergyItem[]> {
  const { resources } = await allergiesOf(vendor, key)
  const state = allergyListState(resources, { shared: true })
  if (state.kind !== 'list') throw new Error(`${vendor} ${key}: ${state.kind}`)
  return state.items
}

describe('allergyListState', () => {
  it.each(states)('$vendor $key → $expected.kind', async ({ vendor, key, expected }) => {
    const { status, resources } = await allergiesOf(vendor, key)
    expect(status).toBe(200)
    expect(allergyListState(resources, { shared: true })).toMatchObject(expected)
  })

  it.each(VENDORS)('%s: not granted (403) is "not-shared", never "none"', async (vendor) => {
    const { status, resources } = await allergiesOf(vendor, 'lorraine', false)
    expect(status).toBe(403)
    expect(allergyListState(resources, { shared: status !== 403 })).toEqual({ kind: 'not-shared' })
  })

  it('an empty result is "not-asked"', () => {
    expect(allergyListState([], { shared: true })).toEqual({ kind: 'not-asked' })
  })
})

const lorraineAllergies = [
  { substance: 'penicillins', code: '70618', verification: 'confirmed', criticality: 'high', manifestations: ['Hives', 'Anaphylaxis'], severities: ['moderate', 'severe'] },
  { substance: 'peanut', code: '256349002', verification: 'confirmed', criticality: 'high', manifestations: ['Angioedema'], severities: ['severe'] },
  { substance: 'latex', code: '111088007', verification: 'unconfirmed', criticality: 'low', manifestations: ['Itching'], severities: ['mild'] },
]

describe('toAllergy', () => {
  it.each(VENDORS.flatMap((vendor) => lorraineAllergies.map((c) => ({ vendor, ...c }))))('$vendor: $substance', async (c) => {
    const a = (await listItems(c.vendor, 'lorraine')).find((x) => x.substance?.toLowerCase() === c.substance)
    expect(a).toMatchObject({ code: { code: c.code }, clinicalStatus: 'active', verificationStatus: c.verification, criticality: c.criticality })
    expect(a?.reactions.flatMap((r) => r.manifestations.map((m) => m.text))).toEqual(c.manifestations)
    expect(a?.reactions.map((r) => r.severity)).toEqual(c.severities)
  })

  it.each(VENDORS)('%s: a manifestation "code" that is text is never used as a SNOMED code', async (vendor) => {
    const penicillin = (await listItems(vendor, 'lorraine'))[0]
    const hives = penicillin?.reactions[0]?.manifestations[0]
    expect(hives?.text).toBe('Hives')
    if (hives?.code) expect(hives.code.code).toMatch(/^\d+$/)
    else expect(penicillin?.provenance.fields['reactions[0].manifestations[0]']?.rules).toEqual(['manifestation.text-in-code'])
  })

  it.each(VENDORS)('%s: verification status comes from the coding, whatever the text says', async (vendor) => {
    const { resources } = await allergiesOf(vendor, 'lorraine')
    const mapped = resources.map((r) => toAllergy(r))
    expect(mapped.map((a) => a?.verificationStatus)).toEqual(
      resources.map((r) => r.verificationStatus?.coding?.find((c) => c.system?.endsWith('allergyintolerance-verification'))?.code),
    )
    const disagreeing = resources.filter((r) => r.verificationStatus?.text && r.verificationStatus.text.toLowerCase() !== r.verificationStatus.coding?.[0]?.code && r.verificationStatus.text.toLowerCase() !== r.verificationStatus.coding?.[0]?.display?.toLowerCase())
    for (const r of disagreeing) {
      expect(toAllergy(r)?.provenance.fields.verificationStatus?.rules).toEqual(['verification.coding-over-text'])
    }
  })

  it.each(VENDORS)('%s: entered-in-error and refuted entries are hidden, not shown', async (vendor) => {
    const { resources } = await allergiesOf(vendor, 'lorraine')
    const hidden = resources.map((r) => toAllergy(r)).filter((a): a is AllergyItem => a !== null && isHiddenAllergy(a))
    expect(hidden.map((a) => a.verificationStatus).sort()).toEqual(['entered-in-error', 'refuted'])
  })

  it.each(VENDORS)('%s: placeholders and NKA entries are statements, not allergies', async (vendor) => {
    const { resources } = await allergiesOf(vendor, 'mateo')
    const [a] = resources.map((r) => toAllergy(r))
    expect(a?.statement).toBe(vendor === 'epic' ? 'not-on-file' : 'no-known-allergies')
    expect(a?.provenance.fields.statement?.rules).toEqual([vendor === 'epic' ? 'allergy.placeholder-not-on-file' : 'allergy.no-known'])
  })
})
