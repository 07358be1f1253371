// Rendered Epic resources per synthetic patient. The facts never change at runtime, so each
// patient is rendered once and reused by searches, reads and the id index.
import type { AllergyIntolerance, FhirResource, Medication, MedicationRequest, Observation, Patient } from 'fhir/r4'
import { patientByVendorId, patients } from '../../../data/patients.ts'
import type { SyntheticPatient } from '../../../data/types.ts'
import { renderAllergies } from './allergy.ts'
import { renderLab } from './lab.ts'
import { renderMedication, renderMedicationRequest } from './medication.ts'
import { renderPatient } from './patient.ts'
import { renderVital } from './vital.ts'

export interface EpicRecord {
  patient: SyntheticPatient
  resource: Patient
  observations: Observation[]
  medicationRequests: MedicationRequest[]
  medications: Medication[]
  allergies: AllergyIntolerance[]
}

const records = new Map<string, EpicRecord>()

function render(p: SyntheticPatient): EpicRecord {
  return {
    patient: p,
    resource: renderPatient(p),
    observations: [...p.labs().map((f) => renderLab(p, f)), ...p.vitals().map((f) => renderVital(p, f))],
    medicationRequests: p.medications.map((f) => renderMedicationRequest(p, f)),
    medications: p.medications.map(renderMedication),
    allergies: renderAllergies(p),
  }
}

/** The record behind an Epic patient id, or undefined for ids Epic would not know. */
export function recordFor(epicPatientId: string): EpicRecord | undefined {
  const p = patientByVendorId('epic', epicPatientId)
  if (!p) return undefined
  let r = records.get(p.key)
  if (!r) {
    r = render(p)
    records.set(p.key, r)
  }
  return r
}

export interface Located {
  record: EpicRecord
  resource: FhirResource
}

let index: Map<string, Located> | undefined

function buildIndex(): Map<string, Located> {
  const m = new Map<string, Located>()
  for (const p of patients) {
    const record = recordFor(p.ids.epic)
    if (!record) continue
    const all: FhirResource[] = [
      record.resource,
      ...record.observations,
      ...record.medicationRequests,
      ...record.medications,
      ...record.allergies,
    ]
    for (const resource of all) m.set(`${resource.resourceType}/${resource.id}`, { record, resource })
  }
  return m
}

/** Any rendered resource by type and id, with the patient it belongs to. */
export function locate(resourceType: string, id: string): Located | undefined {
  index ??= buildIndex()
  return index.get(`${resourceType}/${id}`)
}
