// Where a prescription's drug name comes from, and what provenance says about it, for each way a server
// may describe the drug: inline, contained, referenced (relative or absolute), or only a display text.
import type { Medication } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { SYSTEMS } from './coding.ts'
import { ingredientsOf, resolveMedication, type MedicationLookup } from './medication-source.ts'
import { provenanceOf } from './provenance.ts'

const med = (id: string, text: string): Medication => ({ resourceType: 'Medication', id, code: { text } })
const none: MedicationLookup = () => undefined

function resolve(req: Record<string, unknown>, lookup: MedicationLookup = none) {
  const resource = { resourceType: 'MedicationRequest', id: 'r1', ...req }
  const prov = provenanceOf(resource)
  const got = resolveMedication(resource, lookup, prov)
  return { got, prov: prov.build() }
}

describe('resolveMedication', () => {
  it('an inline concept names the drug; a data-absent one is dropped with its reason and names nothing', () => {
    const inline = resolve({ medicationCodeableConcept: { text: 'Lisinopril 10 mg tablet' } })
    expect(inline.got).toMatchObject({ source: 'codeable-concept', name: 'Lisinopril 10 mg tablet', conceptPath: 'medicationCodeableConcept' })
    // A concept with no words at all: no name key, rather than a name that is undefined.
    expect(resolve({ medicationCodeableConcept: {} }).got).toStrictEqual({ source: 'codeable-concept', concept: {}, conceptPath: 'medicationCodeableConcept' })
    expect(inline.prov.fields.name).toEqual({ path: 'medicationCodeableConcept', rules: ['medication.codeable-concept'] })

    const absent = resolve({ medicationCodeableConcept: { coding: [{ system: SYSTEMS.dataAbsent, code: 'unknown' }] } })
    expect(absent.got).toEqual({})
    expect(absent.prov.dropped).toContainEqual({ path: 'medicationCodeableConcept', reason: 'data-absent-reason instead of a medication' })
    expect(absent.prov.fields.name).toBeUndefined()
  })

  it('a contained Medication is found by id and type only, its name read from its code', () => {
    const contained = [
      { resourceType: 'Substance', id: 'm1', code: { text: 'Not a medication' } },
      med('m2', 'Wrong one'),
      med('m1', 'Amoxicillin 500 mg capsule'),
    ]
    const { got, prov } = resolve({ contained, medicationReference: { reference: '#m1', display: 'Amoxicillin' } })
    expect(got).toMatchObject({ source: 'contained', name: 'Amoxicillin 500 mg capsule', conceptPath: 'contained[2].code', medicationPath: 'contained[2]' })
    expect(prov.fields.name).toEqual({ path: 'contained[2].code', rules: ['medication.contained'] })
    expect(prov.read).toContain('medicationReference.reference')
  })

  it('a contained reference that matches nothing falls back to the display, and says the reference could not be resolved', () => {
    const { got, prov } = resolve({ contained: [med('m2', 'Other')], medicationReference: { reference: '#m1', display: ' Amoxicillin ' } })
    expect(got).toEqual({ source: 'reference-display', name: 'Amoxicillin' })
    expect(prov.fields.name).toEqual({ path: 'medicationReference.display', rules: ['medication.reference-display'] })
    expect(prov.dropped).toContainEqual({ path: 'medicationReference.reference', reason: '#m1 could not be resolved' })
    expect(prov.read ?? []).not.toContain('medicationReference.reference')
  })

  it('a contained Medication without a name of its own takes the display, credited to the display', () => {
    const { got, prov } = resolve({ contained: [{ resourceType: 'Medication', id: 'm1' }], medicationReference: { reference: '#m1', display: 'Amoxicillin' } })
    expect(got).toMatchObject({ source: 'contained', name: 'Amoxicillin' })
    expect(prov.fields.name).toEqual({ path: 'medicationReference.display', rules: ['medication.contained'] })
  })

  it('with neither a name nor a display, a resolved Medication still says where it is, and names nothing', () => {
    const { got, prov } = resolve({ contained: [{ resourceType: 'Medication', id: 'm1' }], medicationReference: { reference: '#m1' } })
    expect(got).toStrictEqual({ source: 'contained', concept: undefined, conceptPath: 'contained[0].code', medication: { resourceType: 'Medication', id: 'm1' }, medicationPath: 'contained[0]' })
    expect(prov.fields.name).toBeUndefined()
  })

  it('a referenced Medication is looked up as written, then by its relative form when the reference is absolute', () => {
    const asked: string[] = []
    const lookup: MedicationLookup = (ref) => (asked.push(ref), ref === 'Medication/m9' ? med('m9', 'Metformin 500 mg tablet') : undefined)
    const { got, prov } = resolve({ medicationReference: { reference: ' https://fhir.example.org/r4/Medication/m9 ' } }, lookup)
    expect(asked).toEqual(['https://fhir.example.org/r4/Medication/m9', 'Medication/m9'])
    expect(got).toMatchObject({ source: 'referenced', name: 'Metformin 500 mg tablet', conceptPath: 'https://fhir.example.org/r4/Medication/m9.code' })
    expect(prov.fields.name?.rules).toEqual(['medication.referenced'])
    expect(prov.read).toContain('medicationReference.reference')
  })

  it('only a Medication counts, and a miss is said with the reference', () => {
    const lookup: MedicationLookup = () => ({ resourceType: 'Substance', id: 'm1' }) as unknown as Medication
    const { got, prov } = resolve({ medicationReference: { reference: 'Medication/m1' } }, lookup)
    expect(got).toStrictEqual({})
    expect(prov.dropped).toContainEqual({ path: 'medicationReference.reference', reason: 'Medication/m1 could not be resolved' })
  })

  it('a relative reference that is not found is asked for once', () => {
    const asked: string[] = []
    resolve({ medicationReference: { reference: 'Medication/m1' } }, (ref) => (asked.push(ref), undefined))
    expect(asked).toEqual(['Medication/m1'])
  })

  it('a reference that is not to a Medication is not rewritten into one', () => {
    const asked: string[] = []
    resolve({ medicationReference: { reference: 'Medication/m1/_history/2' } }, (ref) => (asked.push(ref), undefined))
    expect(asked).toEqual(['Medication/m1/_history/2'])
  })

  it('no reference and no display: nothing is looked up or named, and nothing is said to be unresolved', () => {
    const asked: unknown[] = []
    const { got, prov } = resolve({ medicationReference: {} }, (ref) => (asked.push(ref), undefined))
    expect(asked).toEqual([])
    expect(got).toStrictEqual({})
    expect(prov.dropped.filter((d) => d.reason.includes('could not be resolved'))).toEqual([])
  })
})

describe('ingredientsOf', () => {
  it('names each ingredient by its concept, else its reference display, with RxNorm and strength', () => {
    const got = ingredientsOf({
      ingredient: [
        {
          itemCodeableConcept: { coding: [{ system: SYSTEMS.rxnorm, code: '5640', display: 'Ibuprofen' }] },
          strength: { numerator: { value: 200, unit: ' mg ' }, denominator: { value: 1, unit: 'tablet' } },
        },
        { itemReference: { display: ' Sodium chloride ' }, strength: { numerator: { value: 9, code: ' mg ' }, denominator: { value: 1000, unit: ' mL ' } } },
        { itemCodeableConcept: { text: 'Water' }, strength: { numerator: { unit: 'mL' }, denominator: { value: 1, unit: 'mL' } } },
        { itemCodeableConcept: { text: 'Drops' }, strength: { numerator: { value: 2 }, denominator: { value: 1, unit: ' drop ' } } },
        { strength: { numerator: { value: 1, unit: 'g' } } },
      ],
    })
    expect(got).toStrictEqual([
      { name: 'Ibuprofen', rxnorm: '5640', strength: '200 mg/tablet' },
      { name: 'Sodium chloride', strength: '9 mg/1000 mL' },
      { name: 'Water' },
      { name: 'Drops', strength: '2/drop' },
    ])
  })

  it('a strength without a denominator, or per one of nothing named, is the amount alone', () => {
    expect(ingredientsOf({ ingredient: [{ itemCodeableConcept: { text: 'Zinc' }, strength: { numerator: { value: 50, unit: 'mg' } } }] })).toEqual([{ name: 'Zinc', strength: '50 mg' }])
    expect(ingredientsOf({ ingredient: [{ itemCodeableConcept: { text: 'Iron' }, strength: { numerator: { value: 65, unit: 'mg' }, denominator: { value: 1 } } }] })).toEqual([{ name: 'Iron', strength: '65 mg' }])
  })
})
