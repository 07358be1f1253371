// Sign-in identities for the clinician login page and the EHR-launch simulator.
import type { Clinician } from './types.ts'

export const clinicians: Clinician[] = [
  {
    key: 'kaur',
    ids: { epic: 'evAemp.zEEN0XWvD1f4m4pF3', cerner: '41872205' },
    name: { given: ['Amrit', 'Jasleen'], family: 'Kaur' },
    username: 'dr.kaur',
    role: 'physician',
  },
  {
    key: 'osei',
    ids: { epic: 'eDnMvQJ9nyPB9sq0bJFcFxi63', cerner: '41872317' },
    name: { given: ['Kwame'], family: 'Osei' },
    username: 'dr.osei',
    role: 'physician',
  },
  {
    key: 'baptiste',
    ids: { epic: 'ekCJzXX1kYdBGE6b3xuPV3sRl3', cerner: '41873064' },
    name: { given: ['Claire', 'Marie'], family: 'Baptiste' },
    username: 'rn.baptiste',
    role: 'nurse',
  },
]

export function clinicianByKey(key: string): Clinician | undefined {
  return clinicians.find((c) => c.key === key)
}
