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
import { nestedDrops, valueAt } from './report-paths.ts'
import { RULES } from './rules.ts'
import { isVitalSignObservation } from './vital-kinds.ts'

export const SUPPORTED_TYPES = ['Patient', 'Observation', 'MedicationRequest', 'Medication', 'AllergyIntolerance'] as const

export type NormalizedModel =
  | { type: 'patient'; model: PatientSummary }
  | { type: 'lab-result'; model: LabResult }
  | { type: 'vital-sign'; model: VitalSign }
  | { type: 'medication'; model: MedicationItem }
  | { type: 'allergy'; model: AllergyItem }

export interface ReportField {
  field: string
  from: string
  rules: Array<{ id: string; description: string }>
  /** The raw JSON at `from` (one value per element for `[]` paths) and what the model holds: before → after. */
  source?: unknown
  value?: unknown
}

export interface ReportEntry {
  ref: string
  model: NormalizedModel['type']
  fields: ReportField[]
  /** Provenance's drops plus every nested part of the input no field read. */
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
  /** Of those, the types whose server said some kinds of records were kept from the app (a `suppressed` issue). */
  withheld?: string[]
}

export interface NormalizeOptions {
  /** What the app takes from the server's adapter (its sig trailer parser), so CLI and app map alike. */
  medication?: MedicationOptions
  /** "Today" for ages and ended periods; fixed by callers that need the same output on every run. */
  today?: Date
  /**
   * Whether a reading dated after `today` is flagged (default: when `today` is given). Off when
   * `today` was itself guessed from the newest date in the data: a reading dated 2099 would then be
   * its own "today" and pass.
   */
  checkFutureDates?: boolean
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
  const next = records(field(json, 'link')).find((l) => l.relation === 'next')
  if (next) into.warnings.push(`partial page: the searchset has a next link (${str(next.url) ?? 'no url'}); later pages are not in the input`)
  list(field(json, 'entry')).forEach((entry, i) => {
    const resource = field(entry, 'resource')
    if (field(field(entry, 'search'), 'mode') === 'outcome') {
      into.warnings.push(`entry[${i}] outcome skipped: ${outcomeText(resource)}`)
      if (type && records(field(resource, 'issue')).some((issue) => issue.code === 'suppressed')) (into.withheld ??= []).push(type)
    }
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

function mapOne(r: unknown, lookup: (ref: string) => Medication | undefined, sink: MapWarning[], options: NormalizeOptions): NormalizedModel | null {
  switch (field(r, 'resourceType')) {
    case 'Patient': {
      const model = toPatientSummary(r as Patient, { warnings: sink, ...(options.today && { today: options.today }) })
      return model && { type: 'patient', model }
    }
    case 'Observation': {
      const when = options.today && options.checkFutureDates !== false ? { today: options.today } : {}
      const vital = isVitalSignObservation(r) ? toVitalSign(r as Observation, sink, when) : null
      if (vital) return { type: 'vital-sign', model: vital }
      const model = toLabResult(r as Observation, sink, when)
      return model && { type: 'lab-result', model }
    }
    case 'MedicationRequest': {
      const model = toMedication(r as MedicationRequest, lookup, sink, options.medication ?? {})
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

function ruleList(ids: string[]): ReportField['rules'] {
  return ids.map((id) => ({ id, description: (RULES as Record<string, string>)[id] ?? 'no description' }))
}

/** The report for one model; `resolve` finds referenced resources a field came from (included Medications). */
export function reportFor(m: NormalizedModel, resource: unknown, resolve: (ref: string) => unknown = () => undefined): ReportEntry {
  const p = m.model.provenance
  const ref = p.id !== undefined ? `${p.resourceType}/${p.id}` : p.resourceType
  const model = m.model as unknown as Record<string, unknown>
  const fields = Object.entries(p.fields).map(([name, f]): ReportField => {
    const source = valueAt(resource, f.path, resolve)
    return {
      field: name,
      from: f.path,
      rules: ruleList(f.rules),
      ...(source !== undefined && { source }),
      ...(model[name] !== undefined && { value: model[name] }),
    }
  })
  const known = (r: string) => resolve(r) !== undefined
  return { ref, model: m.type, fields, dropped: [...p.dropped, ...nestedDrops(resource, p, known)] }
}

/** The patient a resource is about, as `Patient/id` (absolute and versioned references are cut to that). */
function patientOf(r: unknown): string | undefined {
  if (field(r, 'resourceType') === 'Patient') {
    const id = str(field(r, 'id'))
    return id && `Patient/${id}`
  }
  const ref = str(field(field(r, 'subject'), 'reference')) ?? str(field(field(r, 'patient'), 'reference'))
  return ref ? /(Patient\/[^/]+)(?:\/_history\/[^/]+)?$/.exec(ref)?.[1] : undefined
}

/** Input that is not one consistent chart: the same resource twice, or resources about several patients. */
function inputWarnings(resources: unknown[]): string[] {
  const out: string[] = []
  const seen = new Map<string, number>()
  for (const r of resources) {
    if (str(field(r, 'id')) === undefined) continue
    seen.set(refOf(r), (seen.get(refOf(r)) ?? 0) + 1)
  }
  for (const [ref, n] of seen) if (n > 1) out.push(`${ref}: duplicate resource (${n} copies in the input); each copy is mapped`)
  const patients = [...new Set(resources.map(patientOf).filter((p): p is string => p !== undefined))].sort()
  if (patients.length > 1) out.push(`mixed patients: the input is about ${patients.length} patients (${patients.join(', ')})`)
  return out
}

export function normalizeCollected(c: Collected, options: NormalizeOptions = {}): NormalizeOutput {
  const sink: MapWarning[] = []
  const warnings = [...c.warnings, ...inputWarnings(c.resources)]
  const lookup = medicationIndex(c.resources)
  const models: NormalizedModel[] = []
  const report: ReportEntry[] = []
  for (const r of c.resources) {
    const type = field(r, 'resourceType')
    if (type === 'Medication') continue // used to resolve MedicationRequests, not a list entry
    if (!SUPPORTED_TYPES.some((t) => t === type)) {
      warnings.push(`${refOf(r)}: resource type not supported, skipped`)
      continue
    }
    const m = mapOne(r, lookup, sink, options)
    if (!m) continue
    models.push(m)
    report.push(reportFor(m, r, lookup))
  }
  const allergies = c.resources.filter((r): r is AllergyIntolerance => field(r, 'resourceType') === 'AllergyIntolerance')
  const allergyState = allergies.length || c.searched.includes('AllergyIntolerance') ? allergyListState(allergies, { shared: true, withheld: c.withheld?.includes('AllergyIntolerance') ?? false }, sink) : undefined
  warnings.push(...sink.map((w) => `${w.ref}: ${w.message}`))
  return { models, report, ...(allergyState && { allergyState }), warnings: [...new Set(warnings)] }
}
