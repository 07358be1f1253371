// Real vendor payloads for the domain tests, served in-process by the local emulator (no HTTP,
// no hand-written JSON). Each search follows `next` links, keeps match/include entries, and
// returns the outcome entries separately.
import type { FhirResource, Medication, Patient } from 'fhir/r4'
import { patientByKey } from '../../mocks/data/patients.ts'
import { createSandbox } from '../../mocks/sandbox.ts'
import { BASE_PATHS, mintToken } from '../../mocks/testing/tokens.ts'

export type VendorName = 'epic' | 'cerner'
export const VENDORS: readonly VendorName[] = ['epic', 'cerner']
export type PatientKey = 'lorraine' | 'mateo' | 'sofia' | 'walter' | 'hana'

const ORIGIN = 'http://localhost:4010'
const sandbox = createSandbox()
const cache = new Map<string, Promise<SearchResult>>()

export interface SearchResult {
  status: number
  resources: FhirResource[]
  /** search.mode = outcome entries (OperationOutcomes) and raw pages, for CLI tests. */
  outcomes: FhirResource[]
  pages: unknown[]
}

export function patientId(vendor: VendorName, key: PatientKey): string {
  const p = patientByKey(key)
  if (!p) throw new Error(`no synthetic patient ${key}`)
  return p.ids[vendor]
}

function token(vendor: VendorName, key: PatientKey, scope?: string): string {
  return mintToken(sandbox, ORIGIN, vendor, { patientId: patientId(vendor, key), ...(scope && { scope }) })
}

interface BundleLike {
  entry?: Array<{ resource?: FhirResource; search?: { mode?: string } }>
  link?: Array<{ relation: string; url: string }>
}

async function search(vendor: VendorName, key: PatientKey, query: string, maxPages: number, scope?: string): Promise<SearchResult> {
  const auth = { authorization: `Bearer ${token(vendor, key, scope)}`, accept: 'application/fhir+json' }
  const out: SearchResult = { status: 0, resources: [], outcomes: [], pages: [] }
  let url: string | undefined = `${ORIGIN}${BASE_PATHS[vendor]}/${query}`
  while (url && out.pages.length < maxPages) {
    const res = await sandbox.handle(new Request(url, { headers: auth }))
    out.status = res.status
    if (!res.ok) break
    const body = (await res.json()) as BundleLike
    out.pages.push(body)
    for (const e of body.entry ?? []) {
      if (!e.resource) continue
      if (e.search?.mode === 'outcome') out.outcomes.push(e.resource)
      else out.resources.push(e.resource)
    }
    url = body.link?.find((l) => l.relation === 'next')?.url
  }
  return out
}

function cached(vendor: VendorName, key: PatientKey, query: string, maxPages = 20, scope?: string): Promise<SearchResult> {
  const id = `${vendor}|${key}|${query}|${maxPages}|${scope ?? ''}`
  let hit = cache.get(id)
  if (!hit) cache.set(id, (hit = search(vendor, key, query, maxPages, scope)))
  return hit
}

const only = <K extends FhirResource['resourceType']>(rs: FhirResource[], type: K) =>
  rs.filter((r): r is Extract<FhirResource, { resourceType: K }> => r.resourceType === type)

export async function patientOf(vendor: VendorName, key: PatientKey): Promise<Patient> {
  const auth = { authorization: `Bearer ${token(vendor, key)}`, accept: 'application/fhir+json' }
  const res = await sandbox.handle(new Request(`${ORIGIN}${BASE_PATHS[vendor]}/Patient/${patientId(vendor, key)}`, { headers: auth }))
  if (!res.ok) throw new Error(`${vendor} Patient read for ${key} failed: ${res.status}`)
  return (await res.json()) as Patient
}

export async function labsOf(vendor: VendorName, key: PatientKey) {
  return only((await cached(vendor, key, `Observation?patient=${patientId(vendor, key)}&category=laboratory`)).resources, 'Observation')
}

/** Vitals; `pages` bounds the fetch for patients with thousands of readings. */
export async function vitalsOf(vendor: VendorName, key: PatientKey, pages = 20) {
  const q = `Observation?patient=${patientId(vendor, key)}&category=vital-signs&_count=100`
  return only((await cached(vendor, key, q, pages)).resources, 'Observation')
}

export async function medicationsOf(vendor: VendorName, key: PatientKey) {
  const r = await cached(vendor, key, `MedicationRequest?patient=${patientId(vendor, key)}&_include=MedicationRequest:medication`)
  const medications = only(r.resources, 'Medication')
  const byRef = new Map(medications.map((m) => [`Medication/${m.id}`, m]))
  const lookup = (ref: string): Medication | undefined => byRef.get(ref)
  return { requests: only(r.resources, 'MedicationRequest'), medications, lookup }
}

/** Allergies and whether they were shared; `granted: false` requests a token without allergy scope. */
export async function allergiesOf(vendor: VendorName, key: PatientKey, granted = true) {
  const scope = granted ? undefined : 'patient/Patient.read patient/Observation.read'
  const r = await cached(vendor, key, `AllergyIntolerance?patient=${patientId(vendor, key)}`, 20, scope)
  return { status: r.status, resources: only(r.resources, 'AllergyIntolerance') }
}

/** Raw first page of a search, for writing CLI input files. */
export async function rawSearch(vendor: VendorName, key: PatientKey, query: string): Promise<unknown> {
  return (await cached(vendor, key, query, 1)).pages[0]
}
