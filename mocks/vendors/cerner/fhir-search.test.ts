// Contract tests for the Cerner (Millennium) FHIR personality, over real HTTP: each `it` pins one
// recorded Cerner behaviour that the app's Cerner adapter depends on.
// This file: search rules, required parameters, paging, access/persona rules, errors, content negotiation
// and metadata. Resource shapes are pinned in fhir-resources.test.ts; shared setup is in fhir-test-kit.ts.
import type { Bundle, CapabilityStatement, Observation, Patient } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { CERNER_TENANT } from './config.ts'
import { FHIR_JSON, link, lorraine, outcome, resources, walter, useCernerSandbox } from './fhir-test-kit.ts'
import { FULL_HISTORY_MS } from '../../testing/budgets.ts'

const { sb, token, providerToken, get, ok } = useCernerSandbox()

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
  }, FULL_HISTORY_MS)

  it('searches carry no Bundle.total (only _id searches do), no Bundle meta, a UUID id and match entries', async () => {
    const tok = token(lorraine())
    const b = await ok<Bundle>(`Observation?patient=${lorraine().ids.cerner}&category=laboratory`, tok)
    expect(b.total).toBeUndefined()
    expect(b.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(b.meta).toBeUndefined()
    expect(b.entry?.every((e) => e.search?.mode === 'match' && e.fullUrl === `${sb.base('cerner')}/Observation/${e.resource?.id}`)).toBe(true)
    const id = b.entry?.[0]?.resource?.id ?? ''
    const byId = await ok<Bundle>(`Observation?_id=${id}`, tok)
    expect(byId.total).toBe(1)
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
