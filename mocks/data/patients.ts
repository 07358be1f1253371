// The synthetic population shared by every vendor personality.
import type { SyntheticPatient } from './types.ts'
import { hana } from './patients/hana-takahashi.ts'
import { lorraine } from './patients/lorraine-adeyemi.ts'
import { mateo } from './patients/mateo-rios.ts'
import { sofia } from './patients/sofia-rios.ts'
import { walter } from './patients/walter-lindqvist.ts'

export const patients: SyntheticPatient[] = [lorraine, mateo, sofia, walter, hana]

export function patientByKey(key: string): SyntheticPatient | undefined {
  return patients.find((p) => p.key === key)
}

export function patientByVendorId(vendor: 'epic' | 'cerner', id: string): SyntheticPatient | undefined {
  return patients.find((p) => p.ids[vendor] === id || (vendor === 'epic' && p.epicDstu2Id === id))
}
