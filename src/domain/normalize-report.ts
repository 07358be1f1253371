// Batch normalization for the `normalize` CLI (and any caller holding raw FHIR JSON): unwraps
// searchset Bundles, turns outcome entries into warnings, resolves Medications for requests, maps
// every supported resource and builds a field-level report from each model's provenance.
import type { AllergyIntolerance, Medication, MedicationRequest, Observation, Patient } from 'fhir/r4'
import { type AllergyItem, toAllergy } from './allergy.ts'
import { type AllergyListState, allergyListState } from './allergy-list.ts'
import { field, list, records, refOf, str } from './json.ts'
import { type MedicationItem, type MedicationOptions, toMedication } from './medication.ts'
import { type LabResult, toLabResult, toVitalSign, type VitalSign } from './observation.ts'
import { type PatientSummary, toPatientSummary } from './patient.ts'
import type { MapWarning, Provenance } from './provenance.ts'
import { isVitalSignObservation } from './vital-kinds.ts'

export const SUPPORTED_TYPES = ['Patient', 'Observation', 'MedicationRequest', 'Medication', 'AllergyIntolerance'] as const

export type NormalizedModel =
  | { type: 'patient'; model: PatientSummary }
  | { type: 'lab-result'; model: LabResult }
  | { type: 'vital-sign'; model: VitalSign }
  | { type: 'medication'; model: MedicationItem }
  | { type: 'allergy'; model: AllergyItem }

export interface ReportEntry {
  ref: string
  model: NormalizedModel['type']
  fields: Array<{ field: string; from: string; rules: string[] }>
  dropped: Provenance['dropped']
}

export interface NormalizeOutput {
  models: NormalizedModel[]
  report: ReportEntry[]
  allergyState?: AllergyListState
  warnings: string[]
}

export interface Collected {
  resources: unknown[]
  warnings: string[]
  /** Resource types the searchsets were for (from their self links), e.g. an empty allergy search. */
  searched: string[]
}

function outcomeText(resource: unknown): string {
  const issues = records(field(resource, 'issue')).map((i) => {
    const text = str(field(field(i, 'details'), 'text')) ?? str(i.diagnostics) ?? str(i.code) ?? 'no details'
    return `${str(i.severity) ?? 'issue'}: ${text}`
  })
  return issues.length ? issues.join('; ') : 'OperationOutcome without issues'
}

function searchedType(bundle: unknown): string | undefined {
  const self = records(field(bundle, 'link')).find((l) => l.relation === 'self')
  const path = str(self?.url)?.split('?')[0] ?? ''
  return SUPPORTED_TYPES.find((t) => path.endsWith(`/${t}`))
}

/** Resources of one FHIR JSON document: the resource itself, or a Bundle's entries minus outcomes. */
export function collectResources(json: unknown, into: Collected = { resources: [], warnings: [], searched: [] }): Collected {
  if (field(json, 'resourceType') !== 'Bundle') {
    into.resources.push(json)
    return into
  }
  const type = searchedType(json)
  if (type) into.searched.push(type)
  list(field(json, 'entry')).forEach((entry, i) => {
    const resource = field(entry, 'resource')
    if (field(field(entry, 'search'), 'mode') === 'outcome') into.warnings.push(`entry[${i}] outcome skipped: ${outcomeText(resource)}`)
    else if (resource === undefined) into.warnings.push(`entry[${i}] has no resource`)
    else collectResources(resource, into)
  })
  return into
}

function medicationIndex(resources: unknown[]): (ref: string) => Medication | undefined {
  const byRef = new Map<string, Medication>()
  for (const r of resources) {
    const id = str(field(r, 'id'))
    if (field(r, 'resourceType') === 'Medication' && id !== undefined) byRef.set(`Medication/${id}`, r as Medication)
  }
  return (ref) => byRef.get(ref)
}

function mapOne(r: unknown, lookup: (ref: string) => Medication | undefined, sink: MapWarning[], medication: MedicationOptions): NormalizedModel | null {
  switch (field(r, 'resourceType')) {
    case 'Patient': {
      const model = toPatientSummary(r as Patient, { warnings: sink })
      return model && { type: 'patient', model }
    }
    case 'Observation': {
      const vital = isVitalSignObservation(r) ? toVitalSign(r as Observation, sink) : null
      if (vital) return { type: 'vital-sign', model: vital }
      const model = toLabResult(r as Observation, sink)
      return model && { type: 'lab-result', model }
    }
    case 'MedicationRequest': {
      const model = toMedication(r as MedicationRequest, lookup, sink, medication)
      return model && { type: 'medication', model }
    }
    case 'AllergyIntolerance': {
      const model = toAllergy(r as AllergyIntolerance, sink)
      return model && { type: 'allergy', model }
    }
    default:
      return null
  }
}

export function reportFor(m: NormalizedModel): ReportEntry {
  const p = m.model.provenance
  const ref = p.id !== undefined ? `${p.resourceType}/${p.id}` : p.resourceType
  const fields = Object.entries(p.fields).map(([name, f]) => ({ field: name, from: f.path, rules: f.rules }))
  return { ref, model: m.type, fields, dropped: p.dropped }
}

/** `medication` carries what the app takes from the server's adapter (its sig trailer parser), so CLI and app map alike. */
export function normalizeCollected(c: Collected, medication: MedicationOptions = {}): NormalizeOutput {
  const sink: MapWarning[] = []
  const warnings = [...c.warnings]
  const lookup = medicationIndex(c.resources)
  const models: NormalizedModel[] = []
  for (const r of c.resources) {
    const type = field(r, 'resourceType')
    if (type === 'Medication') continue // used to resolve MedicationRequests, not a list entry
    if (!SUPPORTED_TYPES.some((t) => t === type)) {
      warnings.push(`${refOf(r)}: resource type not supported, skipped`)
      continue
    }
    const m = mapOne(r, lookup, sink, medication)
    if (m) models.push(m)
  }
  const allergies = c.resources.filter((r): r is AllergyIntolerance => field(r, 'resourceType') === 'AllergyIntolerance')
  const allergyState = allergies.length || c.searched.includes('AllergyIntolerance') ? allergyListState(allergies, { shared: true }, sink) : undefined
  warnings.push(...sink.map((w) => `${w.ref}: ${w.message}`))
  return { models, report: models.map(reportFor), ...(allergyState && { allergyState }), warnings: [...new Set(warnings)] }
}
