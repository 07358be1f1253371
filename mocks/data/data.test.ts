import { describe, expect, it } from 'vitest'
import { clinicianByKey, clinicians } from './clinicians.ts'
import { findLogin, patientLogins } from './logins.ts'
import { patientByKey, patientByVendorId, patients } from './patients.ts'
import type { LabFact } from './types.ts'

const EPIC_ID = /^e[A-Za-z0-9.-]{22,}3$/
const EPIC_DSTU2_ID = /^T[A-Za-z0-9.-]{20,}$/
const CERNER_ID = /^\d{8}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

function allFactKeys(): string[] {
  return patients.flatMap((p) => [
    ...p.labs().map((l) => l.key),
    ...p.vitals().map((v) => v.key),
    ...p.medications.map((m) => m.key),
    ...(p.allergies.kind === 'list' ? p.allergies.items.map((a) => a.key) : []),
  ])
}

describe('synthetic data', () => {
  it('gives every person distinct, vendor-shaped ids', () => {
    const people = [
      ...clinicians.map((c) => c.ids),
      ...patients.map((p) => p.ids),
      ...patientLogins.flatMap((l) => (l.relatedPerson ? [l.relatedPerson.ids] : [])),
    ]
    for (const ids of people) {
      expect(ids.epic).toMatch(EPIC_ID)
      expect(ids.epic.length).toBeLessThanOrEqual(30)
      expect(ids.cerner).toMatch(CERNER_ID)
    }
    for (const p of patients) expect(p.epicDstu2Id).toMatch(EPIC_DSTU2_ID)
    const epic = [...people.map((i) => i.epic), ...patients.map((p) => p.epicDstu2Id)]
    expect(new Set(epic).size).toBe(epic.length)
    const cerner = people.map((i) => i.cerner)
    expect(new Set(cerner).size).toBe(cerner.length)
    const mrns = patients.map((p) => p.mrn)
    expect(new Set(mrns).size).toBe(mrns.length)
    for (const mrn of mrns) expect(mrn).toMatch(/^\d{6,7}$/)
  })

  it('keeps keys unique and lookups working', () => {
    const keys = allFactKeys()
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(patients.map((p) => p.key)).size).toBe(patients.length)
    for (const p of patients) {
      expect(patientByKey(p.key)).toBe(p)
      expect(patientByVendorId('epic', p.ids.epic)).toBe(p)
      expect(patientByVendorId('cerner', p.ids.cerner)).toBe(p)
    }
    expect(patientByVendorId('cerner', clinicians[0]!.ids.cerner)).toBeUndefined()
    expect(clinicianByKey('kaur')?.username).toBe('dr.kaur')
  })

  it('uses fixed absolute dates before the emulator "today", except the recorded oddities on one record', () => {
    const odd: string[] = []
    for (const p of patients) {
      expect(p.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      for (const f of [...p.labs(), ...p.vitals(), ...p.medications.map((m) => ({ key: m.key, effective: m.authoredOn }))]) {
        expect(f.effective).toMatch(ISO_INSTANT)
        if (!(f.effective < '2026-11-01' && f.effective > '1971')) odd.push(`${f.key} ${f.effective}`)
      }
    }
    expect(odd).toEqual(['mateo-vital-23 2099-09-29T15:47:00Z', 'mateo-vital-25 1970-01-01T00:00:00Z', 'mateo-vital-26 1969-12-31T19:00:00Z'])
  })

  it('gives the long-history patient enough vitals to page through', () => {
    expect(patientByKey('walter')!.vitals().length).toBeGreaterThanOrEqual(5000)
  })

  it('generates the same facts on every call', () => {
    for (const p of patients) {
      expect(p.labs()).toEqual(p.labs())
      expect(p.vitals()).toEqual(p.vitals())
    }
  })

  it('flags numeric labs consistently with their range', () => {
    const labs: LabFact[] = patients.flatMap((p) => p.labs())
    for (const l of labs) {
      // A result in another unit than its range cannot be compared with it.
      if (typeof l.value !== 'number' || l.rangeUnit) continue
      const above = l.high !== undefined && l.value > l.high
      const below = l.low !== undefined && l.value < l.low
      if (above) expect(['H', 'HH'], l.key).toContain(l.interpretation)
      else if (below) expect(['L', 'LL'], l.key).toContain(l.interpretation)
      else if (l.low !== undefined || l.high !== undefined) {
        expect([undefined, 'N'], l.key).toContain(l.interpretation)
      }
    }
  })

  it('covers the cases the vendor renderers rely on', () => {
    const lorraine = patientByKey('lorraine')!
    const labs = lorraine.labs()
    expect(labs.some((l) => l.loinc === '2823-3' && l.interpretation === 'HH' && l.value === 6.4)).toBe(true)
    expect(labs.some((l) => l.ucum === 'umol/L' && l.unitDisplay === 'mcmol/L')).toBe(true)
    expect(labs.some((l) => typeof l.value === 'number' && l.ucum === undefined)).toBe(true)
    expect(labs.some((l) => typeof l.value === 'string')).toBe(true)
    expect(lorraine.medications.some((m) => m.ingredients && m.ingredients.length > 1)).toBe(true)
    expect(lorraine.medications.some((m) => m.reported && m.prescriberKey === undefined)).toBe(true)
    for (const m of patients.flatMap((p) => p.medications)) {
      if (m.prescriberKey) expect(clinicianByKey(m.prescriberKey), m.key).toBeDefined()
    }
    expect(patientByKey('sofia')!.language).toBe('es')
    expect(patientByKey('sofia')!.email).toBeUndefined()
  })

  it('resolves every login to existing patients', () => {
    for (const login of patientLogins) {
      expect(login.patientKeys.length).toBeGreaterThan(0)
      for (const key of login.patientKeys) expect(patientByKey(key), key).toBeDefined()
      if (login.self) expect(login.patientKeys).toContain(login.self)
      expect(Boolean(login.self) !== Boolean(login.relatedPerson)).toBe(true)
    }
    for (const p of patients) expect(patientLogins.some((l) => l.self === p.key)).toBe(true)
    expect(findLogin('Mateo', 'sandbox1')?.patientKeys).toEqual(['mateo', 'sofia'])
    expect(findLogin('mateo', 'wrong')).toBeUndefined()
  })
})
