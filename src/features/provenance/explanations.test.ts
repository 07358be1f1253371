// The drawer explains rules and dropped parts in words. These tests keep the words in step with the
// domain: every rule has a description in both languages, and every reason the mappers actually
// give for the sandbox's records (both servers, every patient) is one the drawer can translate.
import { describe, expect, it } from 'vitest'
import { toAllergy } from '../../domain/allergy.ts'
import { toMedication } from '../../domain/medication.ts'
import { toLabResult, toVitalSign } from '../../domain/observation.ts'
import { toPatientSummary } from '../../domain/patient.ts'
import type { Provenance } from '../../domain/provenance.ts'
import { RULES } from '../../domain/rules.ts'
import { allergiesOf, labsOf, medicationsOf, patientOf, VENDORS, vitalsOf, type PatientKey } from '../../domain/test-fixtures.ts'
import { en, type MessageKey } from '../../i18n/catalog.ts'
import { es } from '../../i18n/catalog-es.ts'
import { translate } from '../../i18n/i18n.tsx'
import { dropText } from './drop-reason.ts'

const PATIENTS: PatientKey[] = ['lorraine', 'mateo', 'sofia', 'walter', 'hana']

describe('rule descriptions', () => {
  it('exist in English and Spanish for every rule id', () => {
    for (const id of Object.keys(RULES)) {
      const key = `rule.${id}` as MessageKey
      expect(en[key], id).toBeTruthy()
      expect(es[key], id).toBeTruthy()
      expect(es[key], id).not.toBe(en[key])
    }
  })
})

describe('dropped-part reasons', () => {
  it('translates the reasons with data in them, keeping the data', () => {
    expect(dropText('status "finalised" is not an Observation status')).toEqual({
      key: 'provenance.drop.badStatus',
      params: { status: 'finalised', type: 'Observation' },
    })
    const flag = dropText('interpretation "HIGH!" is not a known flag')
    expect(flag && translate('es', flag.key, flag.params)).toBe('La marca “HIGH!” no es una que esta aplicación conozca.')
    expect(dropText('Medication/abc could not be resolved')?.params).toEqual({ ref: 'Medication/abc' })
    expect(dropText('Systolic has no numeric value (masked)')?.params).toEqual({ name: 'Systolic', why: 'masked' })
  })

  it('leaves unknown wording to the caller', () => {
    expect(dropText('a reason nobody has written yet')).toBeUndefined()
  })

  it('knows every reason the mappers give for the sandbox records of both servers', async () => {
    const provenances: Provenance[] = []
    for (const vendor of VENDORS) {
      for (const who of PATIENTS) {
        const patient = toPatientSummary(await patientOf(vendor, who))
        if (patient) provenances.push(patient.provenance)
        for (const o of await labsOf(vendor, who)) provenances.push(toLabResult(o)?.provenance as Provenance)
        for (const o of await vitalsOf(vendor, who, 2)) provenances.push(toVitalSign(o)?.provenance as Provenance)
        const meds = await medicationsOf(vendor, who)
        for (const r of meds.requests) provenances.push(toMedication(r, meds.lookup)?.provenance as Provenance)
        for (const a of (await allergiesOf(vendor, who)).resources) provenances.push(toAllergy(a)?.provenance as Provenance)
      }
    }
    const reasons = new Set(provenances.filter(Boolean).flatMap((p) => p.dropped.map((d) => d.reason)))
    expect(reasons.size).toBeGreaterThan(0)
    expect([...reasons].filter((r) => !dropText(r))).toEqual([])
  }, 30_000)
})
