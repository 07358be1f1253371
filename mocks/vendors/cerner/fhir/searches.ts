// The four searches, each with Millennium's required parameters, filters and page sizes.
import type { FhirResource } from 'fhir/r4'
import type { FhirRequest } from '../../../core/fhir-gate.ts'
import { patients } from '../../../data/patients.ts'
import type { SyntheticPatient } from '../../../data/types.ts'
import { masksErrors, mayAccess } from './access.ts'
import { renderAllergies } from './allergy.ts'
import { searchset, type SearchQuery } from './bundle.ts'
import { fhirJson } from './content.ts'
import { forbiddenPatient, invalidSearch, requiredOneOf } from './errors.ts'
import { codeSet } from './ids.ts'
import { allergyById, medicationById, medicationRows, observationById, patientById, type MedicationRow } from './lookup.ts'
import { renderMedicationRequest } from './medication-request.ts'
import { observationRows, type ObservationRow } from './observation-rows.ts'
import { renderPatient } from './patient.ts'
import { csv, dateTest, pageSize, patientParam, referenceId, tokenMatches, type DateTest } from './search-params.ts'

const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category'
const defined = <T>(x: T | undefined): x is T => x !== undefined

interface Scope {
  ids: string[]
  /** The `patient` (or `subject`) asked for, when one was. */
  pid?: string
  patient?: SyntheticPatient
  /** A patient-persona token asked about someone else. */
  denied: boolean
}

function scopeOf(r: FhirRequest, params: URLSearchParams, allowSubject: boolean): Scope {
  const ids = csv(params, '_id')
  const raw = params.get('patient') || undefined
  const pid = allowSubject ? patientParam(params) : raw && referenceId(raw)
  if (pid === undefined) return { ids, denied: false }
  return { ids, pid, patient: patientById(pid), denied: !mayAccess(r.grant, pid) }
}

/** The patient's rows, or the `_id` matches the token may see when no patient was named. */
function candidates<T extends { patient: SyntheticPatient }>(
  r: FhirRequest,
  s: Scope,
  all: (p: SyntheticPatient) => T[],
  byId: (id: string) => T | undefined,
): T[] {
  if (s.pid !== undefined) return s.patient ? all(s.patient) : []
  return s.ids.map(byId).filter(defined).filter((row) => mayAccess(r.grant, row.patient.ids.cerner))
}

function respond<T>(
  r: FhirRequest,
  q: SearchQuery,
  matches: T[],
  render: (m: T) => FhirResource,
  count: number | undefined,
  withTotal: boolean,
): Response {
  const now = r.state.now()
  return fhirJson(searchset({ url: r.url, baseUrl: r.baseUrl, matches, render, query: q, count, withTotal, now }))
}

function dateFilters(params: URLSearchParams): DateTest[] | { error: string } {
  if (params.has('date') && params.has('_lastUpdated')) return { error: 'date and _lastUpdated may not be provided together' }
  const tests: DateTest[] = []
  for (const name of ['date', '_lastUpdated']) {
    if (!params.has(name)) continue
    const t = dateTest(params.getAll(name), name)
    if ('error' in t) return t
    tests.push(t)
  }
  return tests
}

export function searchObservations(r: FhirRequest, q: SearchQuery): Response {
  const p = q.params
  const s = scopeOf(r, p, true)
  if (!s.ids.length && s.pid === undefined) return requiredOneOf(['_id', 'patient', 'subject'])
  if (s.denied) return forbiddenPatient()
  const dates = dateFilters(p)
  if ('error' in dates) return invalidSearch(dates.error)
  let rows: ObservationRow[] = candidates(r, s, observationRows, observationById)
  if (s.ids.length) rows = rows.filter((row) => s.ids.includes(row.id))
  const categories = csv(p, 'category')
  const codes = csv(p, 'code')
  // Documented oddity: vital-signs combined with a proprietary (codeSet/72) code finds nothing.
  if (categories.some((c) => c.endsWith('vital-signs')) && codes.some((c) => c.startsWith(codeSet(72) + '|'))) rows = []
  if (categories.length) rows = rows.filter((row) => tokenMatches(categories, row.categories.map((c) => `${CATEGORY_SYSTEM}|${c}`)))
  if (codes.length) rows = rows.filter((row) => tokenMatches(codes, row.codes))
  const field = p.has('_lastUpdated') ? 'lastUpdated' : 'effective'
  if (dates.length) rows = rows.filter((row) => dates.every((t) => t(row[field])))
  const masked = masksErrors(r.grant)
  return respond(r, q, rows, (row) => row.render(masked && row.enteredInError), pageSize(p, 50, 200), s.ids.length > 0)
}

export function searchMedicationRequests(r: FhirRequest, q: SearchQuery): Response {
  const p = q.params
  const s = scopeOf(r, p, false)
  if (!s.ids.length && s.pid === undefined) return requiredOneOf(['_id', 'patient'])
  if (s.denied) return forbiddenPatient()
  let rows: MedicationRow[] = candidates(r, s, medicationRows, medicationById)
  if (s.ids.length) rows = rows.filter((row) => s.ids.includes(row.id))
  const statuses = csv(p, 'status')
  const intents = csv(p, 'intent')
  if (statuses.length) rows = rows.filter((row) => statuses.includes(row.fact.status))
  if (intents.length) rows = rows.filter((row) => intents.includes(row.fact.reported ? 'plan' : 'order'))
  rows = [...rows].sort((a, b) => Date.parse(b.fact.authoredOn) - Date.parse(a.fact.authoredOn))
  return respond(r, q, rows, (row) => renderMedicationRequest(row.fact, row.patient), pageSize(p, 25, 200), s.ids.length > 0)
}

/** Never paged: every allergy comes back in one Bundle, however long the list. */
export function searchAllergies(r: FhirRequest, q: SearchQuery): Response {
  const p = q.params
  const s = scopeOf(r, p, false)
  if (!s.ids.length && s.pid === undefined) return requiredOneOf(['_id', 'patient'])
  if (s.denied) return forbiddenPatient()
  const all = (pt: SyntheticPatient) => renderAllergies(pt).map((resource) => ({ patient: pt, resource }))
  let rows = candidates(r, s, all, allergyById).map((a) => a.resource)
  if (s.ids.length) rows = rows.filter((a) => s.ids.includes(a.id ?? ''))
  const statuses = csv(p, 'clinical-status')
  if (statuses.length) rows = rows.filter((a) => a.clinicalStatus?.coding?.some((c) => statuses.includes(c.code ?? '')))
  return respond(r, q, rows, (a) => a, undefined, s.ids.length > 0)
}

const PATIENT_PARAMS = ['_id', 'identifier', 'name', 'family', 'given', 'birthdate', 'phone', 'email', 'address-postalcode']

function patientMatches(pt: SyntheticPatient, p: URLSearchParams): boolean {
  const has = (name: string, test: (v: string) => boolean) => !p.has(name) || csv(p, name).some(test)
  const lower = (s: string) => s.toLowerCase()
  const names = [pt.name.family, ...pt.name.given].map(lower)
  return (
    has('_id', (v) => v === pt.ids.cerner) &&
    has('identifier', (v) => v.split('|').pop() === pt.mrn) &&
    has('family', (v) => lower(pt.name.family).startsWith(lower(v))) &&
    has('given', (v) => pt.name.given.some((g) => lower(g).startsWith(lower(v)))) &&
    has('name', (v) => names.some((n) => n.startsWith(lower(v)))) &&
    has('birthdate', (v) => v === pt.birthDate) &&
    has('phone', (v) => v.replace(/\D/g, '') === pt.phone.replace(/\D/g, '')) &&
    has('email', (v) => lower(v) === lower(pt.email ?? '')) &&
    has('address-postalcode', (v) => v === pt.address.postalCode)
  )
}

export function searchPatients(r: FhirRequest, q: SearchQuery): Response {
  const p = q.params
  if (!PATIENT_PARAMS.some((name) => p.get(name))) return requiredOneOf(PATIENT_PARAMS)
  const rows = patients.filter((pt) => mayAccess(r.grant, pt.ids.cerner) && patientMatches(pt, p))
  return respond(r, q, rows, renderPatient, pageSize(p, 20, 200), p.has('_id'))
}
