// Contract tests for the Epic FHIR personality, over real HTTP: each `it` pins one recorded
// Epic behaviour that the app's Epic adapter depends on.
// This file: search rules, required parameters, paging, access/persona rules, errors, content negotiation
// and metadata. Resource shapes are pinned in fhir-resources.test.ts; shared setup is in fhir-test-kit.ts.
import type { Bundle, CapabilityStatement, OperationOutcome } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { FHIR_JSON, LAB, OUTCOME_SYSTEM, lorraine, matches, outcomeCodes, walter, useEpicSandbox } from './fhir-test-kit.ts'
import { FULL_HISTORY_MS } from '../../testing/budgets.ts'

const { sb, token, get, bundle } = useEpicSandbox()

describe('Epic FHIR R4 personality', () => {
  it('Observation without category or code → 400 OperationOutcome 59108', async () => {
    const res = await get(`Observation?patient=${lorraine().ids.epic}`, token(lorraine()))
    expect(res.status).toBe(400)
    const oo = (await res.json()) as OperationOutcome
    const diagnostics = 'Must have either code or category.'
    expect(oo.issue[0]).toMatchObject({ severity: 'fatal', code: 'required', diagnostics })
    expect(oo.issue[0]?.details?.coding?.[0]).toMatchObject({ system: OUTCOME_SYSTEM, code: '59108' })
  })

  it('unsupported Observation category → 400 OperationOutcome 59109 "Invalid category"', async () => {
    const res = await get(`Observation?patient=${lorraine().ids.epic}&category=symptom`, token(lorraine()))
    expect(res.status).toBe(400)
    const oo = (await res.json()) as OperationOutcome
    expect(oo.issue.map((i) => i.details?.coding?.[0]?.code)).toEqual(['59109', '59111'])
    expect(oo.issue[0]?.diagnostics).toBe('Invalid category: symptom')
  })

  it('paged search: sessionID next link listed before self, total = page size', async () => {
    const b = await bundle(`Observation?_count=50&category=vital-signs&patient=${walter().ids.epic}`, token(walter()))
    expect(b.link?.map((l) => l.relation)).toEqual(['next', 'self'])
    expect(b.link?.[0]?.url).toMatch(/\/Observation\?sessionID=[^&]+$/)
    expect(b.total).toBe(50)
    expect(matches(b)).toHaveLength(50)
    expect(b.id).toBeUndefined()
    expect(b.meta).toBeUndefined()
    const first = matches(b)[0]
    expect(first?.fullUrl).toBe(`${sb.base('epic')}/Observation/${first?.resource?.id}`)
    expect(first?.link).toEqual([{ relation: 'self', url: first?.fullUrl }])
  })

  it('following next with _count=1000 walks all ≥5,000 vitals of the long-history patient', async () => {
    const w = walter()
    const expected = w.vitals().length
    expect(expected).toBeGreaterThanOrEqual(5000)
    const tok = token(w)
    let url: string | undefined = `Observation?category=vital-signs&patient=${w.ids.epic}&_count=1000`
    const ids = new Set<string>()
    let pages = 0
    while (url) {
      const b: Bundle = await bundle(url, tok)
      expect(b.total).toBe(matches(b).length)
      for (const e of matches(b)) ids.add(e.resource?.id ?? '')
      url = b.link?.find((l) => l.relation === 'next')?.url
      pages++
    }
    expect(ids.size).toBe(expected)
    expect(pages).toBe(Math.ceil(expected / 1000))
  }, FULL_HISTORY_MS)

  it('without _count a page holds 1000 entries; _summary=count gives the true total', async () => {
    const w = walter()
    const b = await bundle(`Observation?category=vital-signs&patient=${w.ids.epic}`, token(w))
    expect(matches(b)).toHaveLength(1000)
    expect(b.link?.[0]?.relation).toBe('next')
    const count = await bundle(`Observation?category=vital-signs&patient=${w.ids.epic}&_summary=count`, token(w))
    expect(count.total).toBe(w.vitals().length)
    expect(count.entry).toBeUndefined()
  })

  it('unknown sessionID → 400 OperationOutcome', async () => {
    const res = await get('Observation?sessionID=12-0000', token(walter()))
    expect(res.status).toBe(400)
    expect(((await res.json()) as OperationOutcome).resourceType).toBe('OperationOutcome')
  })

  it('patient-facing searches end with a 4119 outcome entry', async () => {
    const b = await bundle(`Observation?category=laboratory&patient=${lorraine().ids.epic}`, token(lorraine()))
    const last = b.entry?.at(-1)
    expect(last?.search?.mode).toBe('outcome')
    expect(last?.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(outcomeCodes(last)).toContain('4119')
    expect(b.total).toBe(matches(b).length)
  })

  it('empty search → exactly one outcome entry with 59204 and 4101', async () => {
    const tok = token(walter(), { persona: 'provider' })
    const b = await bundle(`Observation?category=social-history&patient=${walter().ids.epic}`, tok)
    expect(b.total).toBe(0)
    expect(b.entry).toHaveLength(1)
    expect(outcomeCodes(b.entry?.[0])).toEqual(['59204', '4101'])
  })

  it('_include=MedicationRequest:medication adds Medication entries with search.mode include', async () => {
    const query = `patient=${lorraine().ids.epic}&_include=MedicationRequest:medication`
    const b = await bundle(`MedicationRequest?${query}`, token(lorraine()))
    const included = (b.entry ?? []).filter((e) => e.search?.mode === 'include')
    expect(included.length).toBeGreaterThan(0)
    expect(included.every((e) => e.resource?.resourceType === 'Medication')).toBe(true)
    expect(b.entry?.at(-1)?.search?.mode).toBe('outcome')
  })

  it.each([null, '*/*', 'text/plain'])('XML when Accept is %s', async (accept) => {
    const res = await get(`Patient/${lorraine().ids.epic}`, token(lorraine()), accept)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const body = await res.text()
    expect(body.startsWith('<Patient xmlns="http://hl7.org/fhir">')).toBe(true)
  })

  it('application/fhir+xml only when asked for, with the <?xml prolog', async () => {
    const res = await get(`Patient/${lorraine().ids.epic}`, token(lorraine()), 'application/fhir+xml')
    expect(res.headers.get('content-type')).toBe('application/fhir+xml; charset=utf-8')
    expect(await res.text()).toMatch(/^<\?xml /)
  })

  it.each([
    ['application/fhir+json', 'application/fhir+json; charset=utf-8'],
    ['application/json', 'application/json; charset=utf-8'],
    ['application/json+fhir', 'application/json+fhir; charset=utf-8'],
  ])('Accept %s → Content-Type %s', async (accept, type) => {
    const res = await get(`Patient/${lorraine().ids.epic}`, token(lorraine()), accept)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('cache-control')).toBe('no-cache,no-store')
  })

  it('ungranted type → 403 with empty body and insufficient_scope WWW-Authenticate', async () => {
    const tok = token(lorraine(), { scope: 'patient/Patient.read patient/Observation.read' })
    const res = await get(`AllergyIntolerance?patient=${lorraine().ids.epic}`, tok)
    expect(res.status).toBe(403)
    expect(await res.text()).toBe('')
    expect(res.headers.get('www-authenticate')).toContain('error="insufficient_scope"')
  })

  it.each(['expired', 'invalid'])('%s token → 401 with the two-character body "" as JSON and invalid_token WWW-Authenticate', async (kind) => {
    const tok = kind === 'expired' ? token(lorraine(), { ttlSeconds: 0 }) : 'not-a-token'
    const res = await get(`Patient/${lorraine().ids.epic}`, tok)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.text()).toBe('""')
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="The access token provided is not valid"',
    )
  })

  it('unknown resource type → 404 HTML page', async () => {
    const res = await get('FakeResourceType?patient=x', token(lorraine()))
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  })

  it('bad id → 404 OperationOutcome 59008', async () => {
    const res = await get('Observation/eDoesNotExist3', token(lorraine()))
    expect(res.status).toBe(404)
    const oo = (await res.json()) as OperationOutcome
    expect(oo.issue[0]?.details?.coding?.[0]?.code).toBe('59008')
  })

  it("patient-facing token cannot read or search another patient's record → 403 OperationOutcome 4118", async () => {
    const tok = token(lorraine())
    for (const path of [`Patient/${walter().ids.epic}`, `Observation?category=vital-signs&patient=${walter().ids.epic}`]) {
      const res = await get(path, tok)
      expect(res.status).toBe(403)
      expect(((await res.json()) as OperationOutcome).issue[0]?.details?.coding?.[0]?.code).toBe('4118')
    }
  })

  it('provider token may search any patient and gets no 4119 warning', async () => {
    const tok = sb.mintToken('epic', { persona: 'provider', scope: 'user/Observation.read' })
    const b = await bundle(`Observation?category=laboratory&patient=Patient/${lorraine().ids.epic}`, tok)
    expect(matches(b).length).toBe(lorraine().labs().length)
    expect(outcomeCodes(b.entry?.at(-1))).not.toContain('4119')
  })

  it('granular category scope filters other categories out with a 59204 warning', async () => {
    const tok = token(lorraine(), { scope: `patient/Patient.rs patient/Observation.rs?category=${LAB}` })
    const b = await bundle(`Observation?category=laboratory,vital-signs&patient=${lorraine().ids.epic}`, tok)
    expect(matches(b).length).toBe(lorraine().labs().length)
    const oo = b.entry?.at(-1)?.resource as OperationOutcome
    expect(oo.issue.map((i) => i.details?.coding?.[0]?.code)).toEqual(['59204', '59204', '4119'])
    expect(oo.issue[0]?.diagnostics).toContain('Client not authorized for Observation - Vital Signs')
  })

  it('POST _search (form-encoded) works like GET', async () => {
    const res = await fetch(`${sb.base('epic')}/Observation/_search`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token(lorraine())}`,
        accept: FHIR_JSON,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ patient: lorraine().ids.epic, category: 'laboratory' }),
    })
    expect(matches((await res.json()) as Bundle).length).toBe(lorraine().labs().length)
  })

  it('metadata serves a CapabilityStatement without a token, with SMART oauth-uris', async () => {
    const res = await fetch(`${sb.base('epic')}/metadata`, { headers: { accept: FHIR_JSON } })
    const cs = (await res.json()) as CapabilityStatement
    expect(cs.software?.name).toBe('Epic')
    expect(cs.fhirVersion).toBe('4.0.1')
    const uris = cs.rest?.[0]?.security?.extension?.[0]?.extension ?? []
    expect(uris.find((u) => u.url === 'authorize')?.valueUri).toBe(`${sb.origin}/epic/oauth2/authorize`)
    expect(uris.find((u) => u.url === 'token')?.valueUri).toBe(`${sb.origin}/epic/oauth2/token`)
  })
})
