// Contract tests for the Cerner (Millennium) FHIR personality, over real HTTP: each `it` pins one
// recorded Cerner behaviour that the app's Cerner adapter depends on.
import type {
  AllergyIntolerance,
  Bundle,
  CapabilityStatement,
  FhirResource,
  MedicationRequest,
  Observation,
  OperationOutcome,
  Patient,
  Quantity,
} from 'fhir/r4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
import type { SyntheticPatient } from '../../data/types.ts'
import { startSandbox, type RunningSandbox } from '../../testing/harness.ts'
import type { BaseName, MintOptions } from '../../testing/tokens.ts'
import { CERNER_TENANT } from './config.ts'

const FHIR_JSON = 'application/fhir+json'
const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'

let sb: RunningSandbox
const patient = (key: string): SyntheticPatient => {
  const p = patientByKey(key)
  if (!p) throw new Error(`no synthetic patient ${key}`)
  return p
}
const lorraine = () => patient('lorraine')
const walter = () => patient('walter')

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())

function token(p: SyntheticPatient, o: MintOptions = {}, base: BaseName = 'cerner'): string {
  return sb.mintToken(base, { patientId: p.ids.cerner, ...o })
}
const providerToken = () =>
  sb.mintToken('cerner-provider', {
    persona: 'provider',
    scope: 'user/Patient.read user/Observation.read user/MedicationRequest.read user/AllergyIntolerance.read',
  })

async function get(path: string, tok: string | null, accept: string | null = FHIR_JSON, base: BaseName = 'cerner'): Promise<Response> {
  const url = path.startsWith('http') ? path : `${sb.base(base)}/${path}`
  const headers: Record<string, string> = {}
  if (tok !== null) headers.authorization = `Bearer ${tok}`
  if (accept !== null) headers.accept = accept
  return fetch(url, { headers })
}

async function ok<T>(path: string, tok: string, base: BaseName = 'cerner'): Promise<T> {
  const res = await get(path, tok, FHIR_JSON, base)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain(FHIR_JSON)
  return (await res.json()) as T
}

const resources = <T extends FhirResource>(b: Bundle) => (b.entry ?? []).map((e) => e.resource as T)
const link = (b: Bundle, rel: string) => b.link?.find((l) => l.relation === rel)?.url

async function outcome(res: Response, status: number): Promise<OperationOutcome> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('json')
  const oo = (await res.json()) as OperationOutcome
  expect(oo.resourceType).toBe('OperationOutcome')
  return oo
}

describe('Cerner FHIR R4 personality', () => {
  it('Observation without _id, patient or subject → 400 OperationOutcome invalid', async () => {
    const oo = await outcome(await get('Observation?category=laboratory', token(lorraine())), 400)
    expect(oo.issue[0]).toMatchObject({ severity: 'error', code: 'invalid' })
    expect(oo.issue[0]?.details?.text).toMatch(/^at least one of _id, patient, subject.* must be provided$/)
  })

  it('subject=Patient/x and subject:Patient=x work like patient=x', async () => {
    const id = lorraine().ids.cerner
    const tok = token(lorraine())
    const byPatient = await ok<Bundle>(`Observation?patient=${id}&category=laboratory&_count=200`, tok)
    for (const q of [`subject=Patient/${id}`, `subject:Patient=${id}`]) {
      const b = await ok<Bundle>(`Observation?${q}&category=laboratory&_count=200`, tok)
      expect(resources(b).map((r) => r.id)).toEqual(resources(byPatient).map((r) => r.id))
    }
    expect(resources(byPatient).length).toBe(lorraine().labs().length)
  })

  it('_count defaults to 50 and is capped at 200', async () => {
    const tok = token(walter())
    const first = await ok<Bundle>(`Observation?patient=${walter().ids.cerner}`, tok)
    expect(first.entry).toHaveLength(50)
    const big = await ok<Bundle>(`Observation?patient=${walter().ids.cerner}&_count=1000`, tok)
    expect(big.entry).toHaveLength(200)
  })

  it('-pageContext next link follows self and walks all ≥5,000 vitals of the long-history patient', async () => {
    const tok = token(walter())
    const start = `${sb.base('cerner')}/Observation?patient=${walter().ids.cerner}&category=vital-signs&_count=200`
    let b = await ok<Bundle>(start, tok)
    expect(b.link?.map((l) => l.relation)).toEqual(['self', 'next'])
    expect(link(b, 'self')).toBe(start)
    expect(link(b, 'next')).toMatch(new RegExp(`^${start.replace(/[?.]/g, '\\$&')}&-pageContext=[^&]+&-pageDirection=NEXT$`))
    const ids: string[] = []
    const times: number[] = []
    for (let pages = 1; ; pages++) {
      for (const o of resources<Observation>(b)) {
        ids.push(o.id ?? '')
        times.push(Date.parse(o.effectiveDateTime ?? ''))
      }
      const next = link(b, 'next')
      if (!next) break
      expect(pages).toBeLessThan(100)
      b = await ok<Bundle>(next, tok)
      expect(b.link?.[0]?.relation).toBe('self')
    }
    expect(ids.length).toBeGreaterThanOrEqual(5000)
    expect(ids.length).toBe(walter().vitals().length)
    expect(new Set(ids).size).toBe(ids.length)
    expect(times).toEqual([...times].sort((x, y) => y - x))
  })

  it('searches carry no Bundle.total (only _id searches do), a UUID id and match entries', async () => {
    const tok = token(lorraine())
    const b = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&category=laboratory`, tok)
    expect(b.total).toBeUndefined()
    expect(b.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(b.meta?.lastUpdated).toBeDefined()
    expect(b.entry?.every((e) => e.search?.mode === 'match' && e.fullUrl === `${sb.base('cerner')}/Observation/${e.resource?.id}`)).toBe(true)
    const id = b.entry?.[0]?.resource?.id ?? ''
    const byId = await ok<Bundle>(`Observation?_id=${id}`, tok)
    expect(byId.total).toBe(1)
  })

  it('compound order has a #contained Medication; single drugs use medicationCodeableConcept', async () => {
    const b = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}`, token(lorraine()))
    const meds = resources<MedicationRequest>(b)
    const compound = meds.find((m) => m.contained?.length)
    expect(compound?.contained?.[0]?.resourceType).toBe('Medication')
    expect(compound?.medicationReference?.reference).toBe(`#${compound?.contained?.[0]?.id}`)
    const ingredients = (compound?.contained?.[0] as { ingredient?: unknown[] }).ingredient
    expect(ingredients?.length).toBeGreaterThan(1)
    const single = meds.filter((m) => !m.contained)
    expect(single.length).toBeGreaterThan(0)
    for (const m of single) {
      const systems = m.medicationCodeableConcept?.coding?.map((c) => c.system)
      expect(systems).toEqual(['http://www.nlm.nih.gov/research/umls/rxnorm', `https://fhir.cerner.com/${CERNER_TENANT}/synonym`])
      expect(m.authoredOn).toMatch(/-05:00$/)
      expect(m.subject.display).toBeTruthy()
    }
  })

  it('_include is not supported and is ignored: no include entries', async () => {
    const q = `MedicationRequest?patient=${lorraine().ids.cerner}`
    const plain = await ok<Bundle>(q, token(lorraine()))
    const included = await ok<Bundle>(`${q}&_include=MedicationRequest:medication`, token(lorraine()))
    expect(included.entry?.every((e) => e.search?.mode === 'match')).toBe(true)
    expect(resources(included).map((r) => r.id)).toEqual(resources(plain).map((r) => r.id))
  })

  it('Patient?_id= returns the patient with a total; a patient token only ever finds itself', async () => {
    const b = await ok<Bundle>(`Patient?_id=${lorraine().ids.cerner}`, token(lorraine()))
    expect(b.total).toBe(1)
    expect(resources<Patient>(b)[0]?.id).toBe(lorraine().ids.cerner)
    const other = await ok<Bundle>(`Patient?_id=${walter().ids.cerner}`, token(lorraine()))
    expect(other.entry).toBeUndefined()
    await outcome(await get('Patient?gender=female', token(lorraine())), 400)
  })

  it('home (patient-reported) meds are intent plan, reportedBoolean, community + patientspecified', async () => {
    const b = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}`, token(lorraine()))
    const meds = resources<MedicationRequest>(b)
    const home = meds.filter((m) => m.reportedBoolean)
    expect(home.length).toBe(lorraine().medications.filter((m) => m.reported).length)
    for (const m of home) {
      expect(m.intent).toBe('plan')
      expect(m.category?.map((c) => c.coding?.[0]?.code)).toEqual(['community', 'patientspecified'])
    }
    expect(meds.filter((m) => !m.reportedBoolean).every((m) => m.intent === 'order')).toBe(true)
    const plans = await ok<Bundle>(`MedicationRequest?patient=${lorraine().ids.cerner}&intent=plan`, token(lorraine()))
    expect(resources(plans)).toHaveLength(home.length)
  })

  it('NKA and NKMA are coded entries (716186003 / 409137002); not asked is an empty Bundle', async () => {
    const code = async (key: string) => {
      const p = patient(key)
      const b = await ok<Bundle>(`AllergyIntolerance?patient=${p.ids.cerner}`, token(p))
      return resources<AllergyIntolerance>(b).map((a) => a.code?.coding?.[0]?.code)
    }
    expect(await code('mateo')).toEqual(['716186003'])
    expect(await code('hana')).toEqual(['409137002'])
    const empty = await ok<Bundle>(`AllergyIntolerance?patient=${walter().ids.cerner}`, token(walter()))
    expect(empty.entry).toBeUndefined()
    expect(empty.link?.map((l) => l.relation)).toEqual(['self'])
  })

  it('verificationStatus.text contradicts its coding; entered-in-error has no clinicalStatus', async () => {
    const b = await ok<Bundle>(`AllergyIntolerance?patient=${lorraine().ids.cerner}&_count=1`, token(lorraine()))
    const all = resources<AllergyIntolerance>(b)
    expect(all).toHaveLength(lorraine().allergies.kind === 'list' ? 5 : 0)
    expect(link(b, 'next')).toBeUndefined()
    const pairs = all.map((a) => [a.verificationStatus?.coding?.[0]?.code, a.verificationStatus?.text])
    expect(pairs).toEqual(expect.arrayContaining([['confirmed', 'Active'], ['unconfirmed', 'Proposed'], ['entered-in-error', 'Canceled']]))
    const eie = all.find((a) => a.verificationStatus?.coding?.[0]?.code === 'entered-in-error')
    expect(eie?.clinicalStatus).toBeUndefined()
    expect(eie?.code?.coding?.[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error' })
    expect(all.some((a) => a.category === undefined && a !== eie)).toBe(true)
    expect(all.some((a) => (a as { _onsetDateTime?: unknown })._onsetDateTime)).toBe(true)
  })

  it('valueQuantity.unit is a display string differing from the UCUM code; temperature/weight carry PQ translations', async () => {
    const tok = token(lorraine())
    const units = new Map<string, Quantity>()
    for (const category of ['vital-signs', 'laboratory']) {
      const b = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&category=${category}&_count=200`, tok)
      for (const o of resources<Observation>(b)) {
        for (const q of [o.valueQuantity, ...(o.component ?? []).map((c) => c.valueQuantity)]) {
          if (q?.unit && q.code) units.set(`${q.unit}→${q.code}`, q)
        }
      }
    }
    for (const pair of ['bpm→/min', 'mmHg→mm[Hg]', 'degC→Cel', 'mcmol/L→umol/L', 'K/uL→10*3/uL']) expect(units.has(pair)).toBe(true)
    expect([...units.values()].every((q) => q.system === 'http://unitsofmeasure.org')).toBe(true)
    const translations = (pair: string) =>
      (units.get(pair)?.extension ?? []).filter((e) => e.url === PQ_TRANSLATION).map((e) => e.valueQuantity?.code)
    expect(translations('degC→Cel')).toContain('[degF]')
    expect(translations('kg→kg')).toContain('[lb_av]')
  })

  it('every resource has meta.versionId, meta.lastUpdated and a generated XHTML narrative', async () => {
    const tok = token(lorraine())
    const id = lorraine().ids.cerner
    const found: FhirResource[] = [await ok<Patient>(`Patient/${id}`, tok)]
    for (const q of [`Observation?patient=${id}&_count=200`, `MedicationRequest?patient=${id}`, `AllergyIntolerance?patient=${id}`]) {
      found.push(...resources(await ok<Bundle>(q, tok)))
    }
    expect(new Set(found.map((r) => r.resourceType)).size).toBe(4)
    for (const r of found) {
      const dr = r as Patient
      expect(dr.meta?.versionId, `${r.resourceType}/${r.id}`).toBeTruthy()
      expect(dr.meta?.lastUpdated).toBeTruthy()
      expect(dr.text?.status).toBe('generated')
      expect(dr.text?.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">.*<\/div>$/)
    }
  })

  it('Patient has Cerner shape: birthsex, CI- ids, old name, string rank, an identifier without system', async () => {
    const p = await ok<Patient>(`Patient/${lorraine().ids.cerner}`, token(lorraine()))
    expect(p.extension?.map((e) => e.url)).toEqual(
      expect.arrayContaining([
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-sex',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
        'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity',
        'https://fhir-ehr.cerner.com/r4/StructureDefinition/communication-preference',
      ]),
    )
    expect(p.identifier?.every((i) => i.type?.coding?.[0]?.system === `https://fhir.cerner.com/${CERNER_TENANT}/codeSet/4`)).toBe(true)
    expect(p.identifier?.some((i) => i.value === lorraine().mrn && i.type?.coding?.some((c) => c.code === 'MR'))).toBe(true)
    expect(p.identifier?.filter((i) => i.system === undefined)).toHaveLength(1)
    expect(p.name?.map((n) => n.use)).toEqual(['official', 'old'])
    expect(p.name?.every((n) => n.id?.startsWith('CI-') && n.period?.start)).toBe(true)
    expect(p.telecom?.some((t) => (t.rank as unknown) === '1')).toBe(true)
  })

  it('406 with an empty body for Accept: application/fhir+xml; JSON for */* and no Accept', async () => {
    const tok = token(lorraine())
    const path = `Patient/${lorraine().ids.cerner}`
    for (const accept of ['application/fhir+xml', 'text/html']) {
      const res = await get(path, tok, accept)
      expect(res.status).toBe(406)
      expect(await res.text()).toBe('')
    }
    for (const accept of ['*/*', null, 'application/json']) {
      const res = await get(path, tok, accept)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain(FHIR_JSON)
    }
    expect((await get('metadata', null, 'application/fhir+xml')).status).toBe(406)
  })

  it('bad or missing token → 401 OperationOutcome code login with a Bearer realm challenge', async () => {
    const res = await get(`Patient/${lorraine().ids.cerner}`, 'not-a-token', FHIR_JSON, 'cerner-provider')
    const oo = await outcome(res, 401)
    const challenge = 'Bearer realm="fhir-ehr-code.sandbox.local", error="invalid_token"'
    expect(oo.issue[0]).toMatchObject({ severity: 'error', code: 'login', diagnostics: challenge })
    expect(res.headers.get('www-authenticate')).toBe(challenge)
    await outcome(await get(`Patient/${lorraine().ids.cerner}`, null), 401)
  })

  it('ungranted type → 403 OperationOutcome insufficient_scope / no_scope_for_resource_path', async () => {
    const res = await get(`Observation?patient=${lorraine().ids.cerner}`, token(lorraine(), { scope: 'patient/Patient.read' }))
    const oo = await outcome(res, 403)
    expect(JSON.stringify(oo)).toContain('insufficient_scope')
    expect(JSON.stringify(oo)).toContain('no_scope_for_resource_path')
  })

  it('unknown resource type and bad id → the same 404 OperationOutcome "Not Found"', async () => {
    const tok = token(lorraine(), { scope: 'patient/Patient.read patient/Observation.read patient/Condition.read' })
    for (const path of ['Condition?patient=1', 'Observation/L-1', 'Patient/999999999']) {
      const oo = await outcome(await get(path, tok), 404)
      expect(oo.issue[0]).toMatchObject({ severity: 'error', code: 'not-found', details: { text: 'Not Found' } })
    }
  })

  it('unknown tenant → 403 OperationOutcome "Tenant not valid or accessible"', async () => {
    const res = await fetch(`${sb.origin}/cerner/r4/00000000-0000-0000-0000-000000000000/Patient/1`, { headers: { accept: FHIR_JSON } })
    const oo = await outcome(res, 403)
    expect(oo.issue[0]?.details?.text).toBe('Tenant not valid or accessible')
  })

  it('blood pressure is found only by 85354-9, not by its component 8480-6', async () => {
    const tok = token(lorraine())
    const bps = lorraine().vitals().filter((v) => v.kind === 'bp').length
    const panel = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&code=http://loinc.org|85354-9&_count=200`, tok)
    const found = resources<Observation>(panel)
    expect(found).toHaveLength(bps)
    expect(found.every((o) => /^BP-\d+-\d+$/.test(o.id ?? '') && o.valueQuantity === undefined && o.component?.length === 2)).toBe(true)
    expect(found[0]?.code.coding?.map((c) => c.code)).toEqual(['85354-9'])
    const systolic = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&code=8480-6`, tok)
    expect(systolic.entry).toBeUndefined()
  })

  it('date filter takes eq/ge/gt/le/lt prefixes, at most two values', async () => {
    const tok = token(lorraine())
    const id = lorraine().ids.cerner
    const b = await ok<Bundle>(`Observation?patient=${id}&category=laboratory&date=ge2025-07-01&date=lt2025-08-01&_count=200`, tok)
    const dates = resources<Observation>(b).map((o) => o.effectiveDateTime ?? '')
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.every((d) => d >= '2025-07-01' && d < '2025-08-01')).toBe(true)
    const three = await get(`Observation?patient=${id}&date=ge2025&date=le2026&date=lt2027`, tok)
    await outcome(three, 400)
  })

  it("patient-persona token cannot read or search another patient's record → 403; provider can", async () => {
    const tok = token(lorraine())
    const other = walter().ids.cerner
    await outcome(await get(`Patient/${other}`, tok), 403)
    await outcome(await get(`Observation?patient=${other}`, tok), 403)
    await outcome(await get(`AllergyIntolerance?patient=${other}`, tok), 403)
    const provider = await ok<Patient>(`Patient/${other}`, providerToken(), 'cerner-provider')
    expect(provider.id).toBe(other)
  })

  it('entered-in-error results are masked for the patient persona, shown to providers', async () => {
    const eieFact = lorraine().labs().find((l) => l.status === 'entered-in-error')
    expect(eieFact).toBeDefined()
    const q = `Observation?patient=${lorraine().ids.cerner}&code=${eieFact?.loinc}&_count=200`
    const pick = (b: Bundle) => resources<Observation>(b).find((o) => (o.status as string) === 'entered-in-error ')
    const asPatient = pick(await ok<Bundle>(q, token(lorraine())))
    expect(asPatient?.valueQuantity).toBeUndefined()
    expect(asPatient?.dataAbsentReason?.coding?.[0]?.code).toBe('masked')
    const asProvider = pick(await ok<Bundle>(q, providerToken(), 'cerner-provider'))
    expect(asProvider?.valueQuantity?.value).toBe(eieFact?.value)
    expect(asProvider?.dataAbsentReason).toBeUndefined()
  })

  it('metadata: Millennium CapabilityStatement, JSON formats, persona-specific SMART oauth-uris, no searchInclude', async () => {
    for (const [base, persona] of [['cerner', 'patient'], ['cerner-provider', 'provider']] as const) {
      const res = await get('metadata', null, FHIR_JSON, base)
      expect(res.status).toBe(200)
      const cs = (await res.json()) as CapabilityStatement
      expect(cs).toMatchObject({ software: { name: 'Millennium' }, fhirVersion: '4.0.1', format: ['json', 'application/fhir+json'] })
      const uris = cs.rest?.[0]?.security?.extension?.[0]?.extension ?? []
      const uri = (name: string) => uris.find((e) => e.url === name)?.valueUri
      const auth = `${sb.origin}/cerner/authorization/tenants/${CERNER_TENANT}`
      expect(uri('authorize')).toBe(`${auth}/protocols/oauth2/profiles/smart-v1/personas/${persona}/authorize`)
      expect(uri('token')).toBe(
        persona === 'patient'
          ? `${auth}/hosts/fhir-myrecord.sandbox.local/protocols/oauth2/profiles/smart-v1/token`
          : `${auth}/protocols/oauth2/profiles/smart-v1/token`,
      )
      expect(cs.rest?.[0]?.resource?.every((r) => r.searchInclude === undefined)).toBe(true)
    }
  })
})
