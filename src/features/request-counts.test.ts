// @vitest-environment node
// Requests per screen, per server: the summary screen (patient + labs + vitals + medications +
// allergies) must not ask for anything twice. EHR reviewers count calls per view in their logs.
import { QueryClient } from '@tanstack/react-query'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../mocks/testing/harness.ts'
import type { BaseName } from '../../mocks/testing/tokens.ts'
import type { ServerFlavor } from '../launch/smart-session.ts'
import { recordFetch, sandboxSession } from '../fhir/testing/sandbox-session.ts'
import { allergyQueries } from './allergies/queries.ts'
import { labQueries } from './labs/queries.ts'
import { medicationQueries } from './medications/queries.ts'
import { patientQueries } from './patient/queries.ts'
import { vitalQueries } from './vitals/queries.ts'
import { FULL_HISTORY_MS } from '../../mocks/testing/budgets.ts'

let sb: RunningSandbox
let rec: ReturnType<typeof recordFetch> | undefined
beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())
afterEach(() => rec?.restore())

const cases: Array<[BaseName, string, ServerFlavor, 'epic' | 'cerner']> = [
  ['epic', 'lorraine', 'epic', 'epic'],
  ['epic', 'walter', 'epic', 'epic'],
  ['cerner', 'lorraine', 'cerner', 'cerner'],
  ['cerner', 'walter', 'cerner', 'cerner'],
]

describe('summary screen', () => {
  it.each(cases)('%s / %s: every request once', async (base, who, flavor, idKey) => {
    const p = patientByKey(who)!
    const s = sandboxSession(sb, base, flavor, p.ids[idKey])
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    rec = recordFetch()
    const t0 = performance.now()
    // Panels mount together; the banner and the summary both want the patient.
    await Promise.all([
      qc.fetchQuery(patientQueries.summary(s)),
      qc.fetchQuery(patientQueries.summary(s)),
      qc.fetchQuery(labQueries.list(s)),
      qc.fetchQuery(vitalQueries.list(s)),
      qc.fetchQuery(medicationQueries.list(s)),
      qc.fetchQuery(allergyQueries.list(s)),
    ])
    // Coming back to the screen within the stale time asks for nothing.
    await qc.fetchQuery(labQueries.list(s))
    const ms = Math.round(performance.now() - t0)
    const urls = rec.requests.map((r) => `${r.method} ${r.url}`)
    expect(new Set(urls).size).toBe(urls.length)
    const byType: Record<string, number> = {}
    for (const r of rec.requests) {
      const type = r.url.slice(s.fhirBase.length + 1).split(/[/?]/)[0]
      const query = new URL(r.url).searchParams
      const category = query.get('category')
      const next = query.has('sessionID') || query.has('-pageContext')
      const label = category && !next ? `${type}[${category}]` : next ? `${type}[next page]` : type
      byType[label] = (byType[label] ?? 0) + 1
    }
    console.log(`[requests] ${base} ${who} summary: ${rec.requests.length} requests in ${ms} ms ${JSON.stringify(byType)}`)
    expect(byType.Patient).toBe(1)
    expect(byType.AllergyIntolerance).toBe(1)
  }, FULL_HISTORY_MS)
})
