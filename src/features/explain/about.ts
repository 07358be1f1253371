// What a shown value is, passed with it to the ⓘ drawer so the drawer can say what it means and
// where it came from. Models are passed whole: the drawer reads their code, value, range and dates.
import type { LabResult, VitalSign } from '../../domain/observation.ts'

export type About =
  | { kind: 'lab'; lab: LabResult }
  | { kind: 'vital'; reading: VitalSign }
  /** An allergy, a medication: no explanation yet, but a date and who recorded it when known. */
  | { kind: 'record'; date?: string; recordedBy?: string; notes?: readonly string[] }
