// Millennium keeps registration history on the person: several MRNs (only one current), a
// Millennium Person Identifier without a system, and superseded names with `use: old` + periods.
import type { Coding, Identifier } from 'fhir/r4'
import type { SyntheticPatient } from '../../../data/types.ts'
import { codeSet, numericId, pick } from './ids.ts'
import { isoMillis } from './time.ts'

const DAY = 86_400_000

/** Registration and rename instants, derived from the key so every run agrees. */
export function history(p: SyntheticPatient): { registered: string; renamed: string } {
  const registered = Date.parse('2015-03-01T14:00:00Z') + pick(`${p.key}:registered`, 1500) * DAY
  const renamed = registered + (40 + pick(`${p.key}:renamed`, 300)) * DAY
  return { registered: isoMillis(new Date(registered)), renamed: isoMillis(new Date(renamed)) }
}

const MR: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  code: 'MR',
  display: 'Medical record number',
  userSelected: false,
}
// The MRN system differs per domain: the documentation's OID or the open sandbox's 7.7.7.7.7.7.
const MRN_SYSTEMS = ['urn:oid:2.16.840.1.113883.6.1000', 'urn:oid:7.7.7.7.7.7'] as const
const CMRN_SYSTEM = 'urn:oid:2.16.840.1.113883.3.787.0.0'
const DAR_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason'
const RENDERED_VALUE = 'http://hl7.org/fhir/StructureDefinition/rendered-value'

interface IdentifierSpec {
  /** Tenant codeSet/4 identifier type. */
  typeCode: string
  typeText: string
  medicalRecord: boolean
  system?: string
  value: string
  start: string
  end?: string
}

function identifier(p: SyntheticPatient, i: number, s: IdentifierSpec): Identifier {
  const coding: Coding[] = [{ system: codeSet(4), code: s.typeCode, display: s.typeText, userSelected: true }]
  if (s.medicalRecord) coding.push(MR)
  const id: Identifier = {
    id: `CI-${numericId(`${p.key}:identifier:${i}`)}-${i}`,
    use: 'usual',
    type: { coding, text: s.typeText },
  }
  // The Millennium Person Identifier has no system at all, only a data-absent-reason on `_system`.
  if (s.system) id.system = s.system
  else Object.assign(id, { _system: { extension: [{ valueCode: 'unknown', url: DAR_EXTENSION }] } })
  id.value = s.value
  Object.assign(id, { _value: { extension: [{ valueString: s.value, url: RENDERED_VALUE }] } })
  id.period = s.end ? { start: s.start, end: s.end } : { start: s.start }
  return id
}

export function identifiers(p: SyntheticPatient): Identifier[] {
  const { registered, renamed } = history(p)
  const mrn = { typeCode: '1079', typeText: 'MRN', medicalRecord: true, system: MRN_SYSTEMS[pick(`${p.key}:mrn-domain`, 2)] }
  return [
    identifier(p, 0, {
      typeCode: '1083', typeText: 'Community Medical Record Number', medicalRecord: true, system: CMRN_SYSTEM,
      value: numericId(`${p.key}:cmrn`).slice(-7), start: registered,
    }),
    identifier(p, 1, { ...mrn, value: p.mrn, start: registered }),
    // An MRN from a retired registration: clients must pick the one without `period.end`.
    identifier(p, 2, { ...mrn, value: `9${p.mrn.slice(1)}`, start: registered, end: renamed }),
    identifier(p, 3, {
      // Millennium's own label, misspelling included.
      typeCode: '2554417309', typeText: 'MIllennium Person Identifier', medicalRecord: false,
      value: numericId(`${p.key}:person`).slice(-6), start: registered,
    }),
  ]
}
