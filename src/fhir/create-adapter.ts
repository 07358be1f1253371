// The US Core reads every adapter shares, parameterised by one server family's rules.
import type { Observation, Patient } from 'fhir/r4'
import type { AdapterSession, FetchOptions, FhirAdapter, MedicationList, ResourceList } from './adapter.ts'
import type { AdapterRules } from './adapter-rules.ts'
import { notShared, readGranted } from './completeness.ts'
import { fhirRead } from './http.ts'
import { listSearch } from './list-search.ts'
import { resolveMedications } from './medication-lookup.ts'
import { observationChunks } from './observation-stream.ts'
import type { SearchParams } from './resource-types.ts'

const pid = (s: AdapterSession) => s.context.patientId

export function observationParams(rules: AdapterRules, session: AdapterSession, category: string): SearchParams {
  return { patient: pid(session), category, _count: rules.pageSizes.observation[category] ?? rules.pageSizes.observation.default }
}

async function patient(session: AdapterSession, options: FetchOptions = {}): Promise<ResourceList<Patient>> {
  if (!readGranted(session.grants, 'Patient')) return { resources: [], completeness: notShared(), warnings: [] }
  // A failed read is thrown: the banner keeps the identity it already showed.
  const p = await fhirRead(session, 'Patient', pid(session), options)
  return { resources: [p], completeness: { state: 'shown', count: 1 }, warnings: [] }
}

export function createAdapter(rules: AdapterRules): FhirAdapter {
  const observations = async (session: AdapterSession, category: string, options: FetchOptions = {}): Promise<ResourceList<Observation>> => {
    const { included: _, ...list } = await listSearch(session, rules, 'Observation', observationParams(rules, session, category), {
      ...options,
      category,
    })
    return list
  }

  async function medicationRequests(session: AdapterSession, options: FetchOptions = {}): Promise<MedicationList> {
    const params: SearchParams = {
      patient: pid(session),
      _count: rules.pageSizes.medicationRequest,
      _include: rules.includeMedication ? 'MedicationRequest:medication' : undefined,
    }
    const list = await listSearch(session, rules, 'MedicationRequest', params, options)
    const lookup = await resolveMedications(session, rules, list.resources, list.included, options)
    return {
      resources: list.resources,
      medications: lookup.medications,
      completeness: list.completeness,
      warnings: [...list.warnings, ...lookup.warnings],
    }
  }

  return {
    flavor: rules.flavor,
    ...(rules.sigTrailer && { sigTrailer: rules.sigTrailer }),
    patient,
    observations,
    async observationsByCategory(session, categories, options = {}) {
      // Parallel: each category is its own search (some servers require one), so none waits for another.
      const lists = await Promise.all(categories.map((c) => observations(session, c, options)))
      return Object.fromEntries(categories.map((c, i) => [c, lists[i]]))
    },
    observationChunks: (session, category, options = {}) =>
      observationChunks(session, rules, observationParams(rules, session, category), category, options),
    medicationRequests,
    async allergies(session, options = {}) {
      const params: SearchParams = { patient: pid(session), _count: rules.pageSizes.allergy }
      const { included: _, ...list } = await listSearch(session, rules, 'AllergyIntolerance', params, options)
      return list
    },
  }
}
