// Finds patients and resources by their Cerner ids. Every resource id is derived from a fact key,
// so reads scan the (small) population once and keep an id → owner index.
import type { AllergyIntolerance } from 'fhir/r4'
import { patientByVendorId, patients } from '../../../data/patients.ts'
import type { MedicationFact, SyntheticPatient } from '../../../data/types.ts'
import { renderAllergies } from './allergy.ts'
import { medicationRequestId } from './medication-request.ts'
import { observationRows, type ObservationRow } from './observation-rows.ts'

export function patientById(id: string): SyntheticPatient | undefined {
  return patientByVendorId('cerner', id)
}

let observationIndex: Map<string, ObservationRow> | undefined

export function observationById(id: string): ObservationRow | undefined {
  if (!observationIndex) {
    observationIndex = new Map()
    for (const p of patients) for (const row of observationRows(p)) observationIndex.set(row.id, row)
  }
  return observationIndex.get(id)
}

export interface MedicationRow {
  id: string
  patient: SyntheticPatient
  fact: MedicationFact
}

export function medicationRows(p: SyntheticPatient): MedicationRow[] {
  return p.medications.map((fact) => ({ id: medicationRequestId(fact), patient: p, fact }))
}

export function medicationById(id: string): MedicationRow | undefined {
  for (const p of patients) {
    const row = medicationRows(p).find((r) => r.id === id)
    if (row) return row
  }
  return undefined
}

export interface AllergyRow {
  patient: SyntheticPatient
  resource: AllergyIntolerance
}

export function allergyById(id: string): AllergyRow | undefined {
  for (const p of patients) {
    const resource = renderAllergies(p).find((a) => a.id === id)
    if (resource) return { patient: p, resource }
  }
  return undefined
}
