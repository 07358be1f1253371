// MedicationRequest, AllergyIntolerance, Medication and Patient searches, with the parameters
// Epic's CapabilityStatement declares for them.
import type { FhirResource, Medication, MedicationRequest, Patient } from 'fhir/r4'
import { patients } from '../../../data/patients.ts'
import { applyGranular, mayAccessPatient } from './access.ts'
import { badRequest, invalidParam, userNotAllowed } from './errors.ts'
import { issues } from './outcomes.ts'
import { datePredicate, listParam, matchesToken } from './params.ts'
import { locate, recordFor } from './records.ts'
import { byId, compartment, finish, type SearchContext, unknownParameters } from './search-context.ts'

export function searchMedicationRequests(ctx: SearchContext): Response {
  const target = compartment(ctx)
  if (target instanceof Response) return target
  const statuses = listParam(ctx.params, 'status')
  const intents = listParam(ctx.params, 'intent')
  const categories = listParam(ctx.params, 'category')
  const dates = ctx.params.getAll('date')
  const inRange = dates.length ? datePredicate(dates) : () => true
  if (!inRange) return invalidParam(ctx.req, 'date', `Invalid date: ${dates.join(',')}`)
  const record = target.record
  const matches = byId(record?.medicationRequests ?? [], listParam(ctx.params, '_id')).filter(
    (m: MedicationRequest) =>
      (!statuses.length || statuses.includes(m.status)) &&
      (!intents.length || intents.includes(m.intent)) &&
      (!categories.length || categories.some((c) => matchesToken(m.category, c))) &&
      inRange(m.authoredOn),
  )
  const { kept, warnings } = applyGranular(ctx.grant, 'MedicationRequest', matches)
  const wantsMedication = ctx.params.getAll('_include').some((v) => v === 'MedicationRequest:medication' || v === '*')
  const include = (page: FhirResource[]): FhirResource[] =>
    page.flatMap((r) => {
      const ref = r.resourceType === 'MedicationRequest' ? r.medicationReference?.reference : undefined
      const found = ref ? locate('Medication', ref.replace(/^Medication\//, '')) : undefined
      return found ? [found.resource] : []
    })
  return finish(ctx, { matches: kept, warnings, include: wantsMedication ? include : undefined })
}

export function searchAllergies(ctx: SearchContext): Response {
  const statuses = listParam(ctx.params, 'clinical-status')
  const unsupported = statuses.find((s) => s !== 'active')
  if (unsupported !== undefined) {
    return invalidParam(ctx.req, 'clinical-status', 'Active is the only supported clinical status.')
  }
  const target = compartment(ctx)
  if (target instanceof Response) return target
  const matches = byId(target.record?.allergies ?? [], listParam(ctx.params, '_id')).filter(
    (a) => !statuses.length || a.clinicalStatus?.coding?.some((c) => c.code === 'active'),
  )
  const { kept, warnings } = applyGranular(ctx.grant, 'AllergyIntolerance', matches)
  return finish(ctx, { matches: kept, warnings })
}

/** Medication has no patient: Epic only supports `_id` (usually a batch of referenced ids). */
export function searchMedications(ctx: SearchContext): Response {
  const ids = listParam(ctx.params, '_id')
  if (!ids.length) return badRequest(ctx.req, issues.required('Must have _id.', '_id'))
  const matches = ids.flatMap((id) => {
    const found = locate('Medication', id)
    return found ? [found.resource as Medication] : []
  })
  return finish(ctx, { matches, warnings: [] })
}

function demographicsMatch(p: Patient, params: URLSearchParams): boolean {
  const lower = (s: string | undefined) => (s ?? '').toLowerCase()
  const family = params.get('family')
  const given = params.get('given')
  const identifier = params.get('identifier')
  const birthdate = params.get('birthdate')
  return (
    (!family || (p.name ?? []).some((n) => lower(n.family).startsWith(lower(family)))) &&
    (!given || (p.name ?? []).some((n) => (n.given ?? []).some((g) => lower(g).startsWith(lower(given))))) &&
    (!identifier || (p.identifier ?? []).some((i) => [i.value, `${i.system}|${i.value}`].includes(identifier))) &&
    (!birthdate || p.birthDate === birthdate)
  )
}

/** Patient.Search: `_id`, or demographics (a birthdate alone matches nobody on Epic). */
export function searchPatients(ctx: SearchContext): Response {
  const ids = listParam(ctx.params, '_id')
  const named = ['family', 'given', 'identifier'].some((k) => ctx.params.has(k))
  if (!ids.length && !named && !ctx.params.has('birthdate')) {
    return badRequest(ctx.req, ...unknownParameters(ctx), issues.demographicsRequired())
  }
  if (ids.some((id) => !mayAccessPatient(ctx.grant, id))) return userNotAllowed(ctx.req)
  const candidates = ids.length ? ids : patients.map((p) => p.ids.epic)
  const matches = candidates
    .filter((id) => mayAccessPatient(ctx.grant, id))
    .flatMap((id) => {
      const r = recordFor(id)
      return r ? [r.resource] : []
    })
    .filter((p) => (ids.length || named) && demographicsMatch(p, ctx.params))
  return finish(ctx, { matches, warnings: [] })
}
