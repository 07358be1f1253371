// @vitest-environment node
import type { AllergyIntolerance } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { type AllergyItem, isHiddenAllergy, toAllergy } from './allergy.ts'
import { allergyListState } from './allergy-list.ts'
import type { MapWarning } from './provenance.ts'
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
    expect(allergyListState([], { shared: true, withheld: false })).toEqual({ kind: 'not-asked' })
  })

  it('an empty result the server says is missing withheld kinds of records is "withheld", never "not-asked"', () => {
    expect(allergyListState([], { shared: true, withheld: true })).toEqual({ kind: 'withheld' })
  })

  describe('statements beside allergies', () => {
    const allergy = (extra: Record<string, unknown>) =>
      ({ resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/x' }, ...extra }) as AllergyIntolerance
    const SCT = 'http://snomed.info/sct'
    const nka = allergy({ code: { coding: [{ system: SCT, code: '716186003' }] } })
    const nkda = allergy({ code: { coding: [{ system: SCT, code: '409137002' }] } })
    const notOnFile = allergy({ code: { text: 'Not on file' } })
    const refuted = allergy({ code: { text: 'Penicillin' }, verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'refuted' }] } })
    const clinical = (a: AllergyIntolerance, code: string) =>
      ({ ...a, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code }] } }) as AllergyIntolerance

    it('a "no known allergies" statement that is inactive or resolved says nothing', () => {
      for (const status of ['inactive', 'resolved']) {
        expect(allergyListState([clinical(nka, status)], { shared: true }), status).toEqual({ kind: 'list', items: [], hidden: 0 })
      }
      expect(allergyListState([clinical(nka, 'active')], { shared: true })).toEqual({ kind: 'no-known-allergies', drugOnly: false })
    })

    it('"no known drug allergies" beside "no known allergies" is not drug-only', () => {
      expect(allergyListState([nkda, nka], { shared: true })).toEqual({ kind: 'no-known-allergies', drugOnly: false })
      expect(allergyListState([nkda], { shared: true })).toEqual({ kind: 'no-known-allergies', drugOnly: true })
    })

    it('only hidden allergies: an empty list that counts them, not "not on file"; with a placeholder, "not on file"', () => {
      expect(allergyListState([refuted], { shared: true })).toEqual({ kind: 'list', items: [], hidden: 1 })
      expect(allergyListState([refuted, notOnFile], { shared: true })).toEqual({ kind: 'not-on-file' })
    })

    it('listed allergies win over a "no known allergies" statement, with a warning that they contradict', () => {
      const warnings: MapWarning[] = []
      const state = allergyListState([nka, allergy({ code: { text: 'Peanut' } })], { shared: true }, warnings)
      expect(state).toMatchObject({ kind: 'list', hidden: 0 })
      expect(warnings).toEqual([{ ref: 'AllergyIntolerance', message: 'a "no known allergies" statement contradicts listed allergies' }])
      // A caller that collects no warnings gets the same list.
      expect(allergyListState([nka, allergy({ code: { text: 'Peanut' } })], { shared: true })).toMatchObject({ kind: 'list', hidden: 0 })
    })

    it('a resource the mapper fails on is left out with a warning, and an answer that is no list counts as empty', () => {
      const unreadable = { resourceType: 'AllergyIntolerance', get code(): never { throw new Error('unreadable') } } as unknown as AllergyIntolerance
      const warnings: MapWarning[] = []
      expect(allergyListState([unreadable], { shared: true }, warnings)).toEqual({ kind: 'not-asked' })
      expect(warnings).toHaveLength(1)
      expect(allergyListState({} as unknown as AllergyIntolerance[], { shared: true })).toEqual({ kind: 'not-asked' })
    })
  })

  it.each(VENDORS)('%s: what did come back still decides the state when some kinds were withheld', async (vendor) => {
    for (const [key, kind] of [['lorraine', 'list'], ['mateo', vendor === 'epic' ? 'not-on-file' : 'no-known-allergies']] as const) {
      const { resources } = await allergiesOf(vendor, key)
      expect(allergyListState(resources, { shared: true, withheld: true }).kind).toBe(kind)
    }
    expect(allergyListState([], { shared: false, withheld: true })).toEqual({ kind: 'not-shared' })
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
    expect(hidden.map((a) => a.verificationStatus).sort()).toEqual(['entered-in-error', 'entered-in-error', 'refuted'])
  })

  it.each(VENDORS)('%s: the allergen code prefers RxNorm and every coding is kept', async (vendor) => {
    const a = (await listItems(vendor, 'lorraine')).find((x) => x.substance?.toLowerCase() === 'penicillins')
    expect(a?.code).toMatchObject({ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '70618' })
    expect(a?.codes.length).toBe(vendor === 'epic' ? 40 : 1)
  })

  it.each(VENDORS)('%s: peanut is shown as food whatever category the vendor filed it under', async (vendor) => {
    const a = (await listItems(vendor, 'lorraine')).find((x) => x.substance?.toLowerCase() === 'peanut')
    expect(a?.categories).toEqual(['food'])
    if (vendor === 'epic') expect(a?.provenance.fields.categories?.rules).toContain('allergy.category-from-coding')
  })

  it('a text-only "No Known Medication Allergies" in any case is a statement; retracted, it is not counted', async () => {
    const base = { resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/x' } } as const
    const live = toAllergy({ ...base, code: { text: 'NO KNOWN MEDICATION ALLERGIES' } } as AllergyIntolerance)
    expect(live?.statement).toBe('no-known-drug-allergies')
    expect(live?.provenance.fields.statement?.rules).toContain('allergy.no-known-text')
    const eie = { ...base, code: { text: 'No Known Allergies' }, verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'entered-in-error' }] } }
    expect(allergyListState([eie as AllergyIntolerance], { shared: true }).kind).not.toBe('no-known-allergies')
  })

  it.each(VENDORS)('%s: placeholders and NKA entries are statements, not allergies', async (vendor) => {
    const { resources } = await allergiesOf(vendor, 'mateo')
    const [a] = resources.map((r) => toAllergy(r))
    expect(a?.statement).toBe(vendor === 'epic' ? 'not-on-file' : 'no-known-allergies')
    // Oracle Health sends the statement as text only, so the text rule is named too.
    expect(a?.provenance.fields.statement?.rules).toEqual(vendor === 'epic' ? ['allergy.placeholder-not-on-file'] : ['allergy.no-known', 'allergy.no-known-text'])
  })
})

describe('allergy fields a clinician acts on', () => {
  const CLIN = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical'
  const VER = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification'
  const base = { resourceType: 'AllergyIntolerance', id: 'a1', patient: { reference: 'Patient/p1' }, code: { text: 'Penicillin' } }
  const map = (extra: Record<string, unknown>) => {
    const item = toAllergy({ ...base, ...extra } as AllergyIntolerance)
    if (!item) throw new Error('not mapped')
    return item
  }

  it.each(['low', 'high', 'unable-to-assess', ' HIGH '])('keeps criticality %j', (criticality) => {
    const a = map({ criticality })
    expect(a.criticality).toBe(criticality.trim().toLowerCase())
    expect(a.provenance.fields.criticality?.path).toBe('criticality')
  })

  it('drops an invalid criticality instead of guessing', () => {
    const a = map({ criticality: 'severe' })
    expect(a).not.toHaveProperty('criticality')
    expect(a.provenance.dropped).toContainEqual({ path: 'criticality', reason: 'not a valid value' })
  })

  it('keeps valid categories and type only', () => {
    expect(map({ category: ['food', 'Medication', 'plants'], type: 'intolerance' })).toMatchObject({ categories: ['food', 'medication'], type: 'intolerance' })
    expect(map({ category: ['environment', 'biologic'], type: 'allergy' })).toMatchObject({ categories: ['environment', 'biologic'], type: 'allergy' })
    expect(map({ type: 'other' })).not.toHaveProperty('type')
  })

  it('reads statuses from codings, also without a system, and flags text that disagrees', () => {
    const a = map({
      clinicalStatus: { coding: [{ system: CLIN, code: 'active' }], text: 'Inactive' },
      verificationStatus: { coding: [{ code: 'Confirmed' }] },
    })
    expect(a).toMatchObject({ clinicalStatus: 'active', verificationStatus: 'confirmed' })
    expect(a.provenance.fields.clinicalStatus).toEqual({ path: 'clinicalStatus.coding[0]', rules: ['clinical.coding-over-text'] })
    expect(a.provenance.fields.verificationStatus).toEqual({ path: 'verificationStatus.coding[0]', rules: [] })
  })

  it('accepts status text that matches the coding or its display', () => {
    const a = map({ clinicalStatus: { coding: [{ system: CLIN, code: 'resolved', display: 'Resolved' }], text: 'resolved' } })
    expect(a.provenance.fields.clinicalStatus?.rules).toEqual([])
  })

  it('status text with spaces around it still agrees with its coding', () => {
    const a = map({ clinicalStatus: { coding: [{ system: CLIN, code: 'active' }], text: '  Active ' } })
    expect(a.clinicalStatus).toBe('active')
    expect(a.provenance.fields.clinicalStatus?.rules).toEqual([])
  })

  it('a substance coded properly beside text sent as a SNOMED code keeps the code and notes the bad one on it', () => {
    const a = map({
      code: {
        coding: [
          { system: 'http://snomed.info/sct', code: 'Penicillin allergy' },
          { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7980', display: 'Penicillin G' },
        ],
      },
    })
    expect(a.code).toMatchObject({ code: '7980' })
    expect(a.provenance.fields.code?.rules).toContain('code.not-a-code')
  })

  it('ignores status text without a usable coding', () => {
    const a = map({ clinicalStatus: { text: 'Active' }, verificationStatus: { coding: [{ system: 'urn:other', code: 'confirmed' }] } })
    expect(a).not.toHaveProperty('clinicalStatus')
    expect(a).not.toHaveProperty('verificationStatus')
    expect(a.provenance.dropped).toContainEqual({ path: 'clinicalStatus', reason: 'status text "Active" has no usable coding' })
    expect(a.provenance.dropped).toContainEqual({ path: 'verificationStatus', reason: 'no usable coding' })
  })

  it.each([
    ['entered-in-error', true], ['refuted', true], ['confirmed', false], ['unconfirmed', false],
  ])('a %s allergy is hidden: %s', (code, hidden) => {
    expect(isHiddenAllergy(map({ verificationStatus: { coding: [{ system: VER, code }] } }))).toBe(hidden)
  })

  it.each([
    [{ coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] }, 'no-known-allergies'],
    [{ coding: [{ system: 'http://snomed.info/sct', code: '409137002' }] }, 'no-known-drug-allergies'],
    [{ text: 'NKDA' }, 'no-known-drug-allergies'],
    [{ text: ' No known allergies ' }, 'no-known-allergies'],
    [{ text: 'Not on file' }, 'not-on-file'],
  ])('tells the statement %j apart from an allergy', (code, statement) => {
    expect(map({ code }).statement).toBe(statement)
  })

  it('a real substance is not a statement', () => {
    expect(map({}).statement).toBeUndefined()
  })

  it('keeps who recorded it and the text of its notes, trimmed; a note with no text and a recorder with no name show nothing', () => {
    const a = map({
      recorder: { reference: 'Practitioner/1', display: '  Dr. Ada Park ' },
      note: [{ text: ' Called to provider. ' }, { authorString: 'RN Lee', time: '2024-01-02T10:00:00Z' }, { text: '   ' }, { text: 'Rash on second dose' }],
    })
    expect(a.recorder).toBe('Dr. Ada Park')
    expect(a.notes).toEqual(['Called to provider.', 'Rash on second dose'])
    const bare = map({ recorder: { reference: 'Practitioner/1' }, note: [{ authorString: 'RN Lee' }] })
    expect(bare).not.toHaveProperty('recorder')
    expect(bare).not.toHaveProperty('notes')
  })
})
