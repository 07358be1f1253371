// @vitest-environment node
// The query factories against the sandbox over real HTTP: keys, normalization, completeness.
import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../mocks/testing/harness.ts'
import type { BaseName } from '../../mocks/testing/tokens.ts'
import type { ServerFlavor } from '../launch/smart-session.ts'
import { recordFetch, sandboxSession } from '../fhir/testing/sandbox-session.ts'
import { allergyQueries } from './allergies/queries.ts'
import { labQueries, latestLabs } from './labs/queries.ts'
import { activeMedications, medicationQueries } from './medications/queries.ts'
import { patientQueries } from './patient/queries.ts'
import { latestVitals, vitalQueries } from './vitals/queries.ts'
import { FULL_HISTORY_MS } from '../../mocks/testing/budgets.ts'

let sb: RunningSandbox
beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })
const lorraine = patientByKey('lorraine')!
const hana = patientByKey('hana')!
const walter = patientByKey('walter')!

const servers: Array<[BaseName, ServerFlavor, 'epic' | 'cerner']> = [
  ['epic', 'epic', 'epic'],
  ['cerner', 'cerner', 'cerner'],
]

describe.each(servers)('%s', (base, flavor, idKey) => {
  const session = (p = lorraine, scope?: string) => sandboxSession(sb, base, flavor, p.ids[idKey], scope)

  it('keys start with server, patient and resource type', () => {
    const s = session()
    expect(labQueries.list(s).queryKey).toEqual(['fhir', s.fhirBase, s.context.patientId, 'Observation', 'laboratory', 'list', { launch: s.id }])
    expect(vitalQueries.stream(s).queryKey.slice(0, 5)).toEqual(['fhir', s.fhirBase, s.context.patientId, 'Observation', 'vital-signs'])
    expect(medicationQueries.list(s).queryKey.slice(0, 4)).toEqual(['fhir', s.fhirBase, s.context.patientId, 'MedicationRequest'])
  })

  it('normalizes every list into app models with completeness', async () => {
    const s = session()
    const qc = client()
    const [patient, labs, vitals, meds, allergies] = await Promise.all([
      qc.fetchQuery(patientQueries.summary(s)),
      qc.fetchQuery(labQueries.list(s)),
      qc.fetchQuery(vitalQueries.list(s)),
      qc.fetchQuery(medicationQueries.list(s)),
      qc.fetchQuery(allergyQueries.list(s)),
    ])
    expect(patient.patient?.family).toBe(lorraine.name.family)
    expect(labs.completeness).toEqual({ state: 'shown', count: lorraine.labs().length })
    expect(labs.items.length).toBe(lorraine.labs().length)
    expect(latestLabs(labs).length).toBeGreaterThan(0)
    expect(vitals.items.length).toBe(lorraine.vitals().length)
    expect(latestVitals(vitals).map((v) => v.kind)).toContain('blood-pressure')
    expect(meds.items).toHaveLength(lorraine.medications.length)
    expect(meds.items.every((m) => m.name)).toBe(true)
    expect(activeMedications(meds).length).toBeGreaterThan(0)
    expect(allergies.list?.kind).toBe('list')
  })

  it('allergies: not shared (no request) versus none known', async () => {
    const qc = client()
    const notShared = await qc.fetchQuery(allergyQueries.list(session(hana, 'patient/Patient.read')))
    expect(notShared).toMatchObject({ list: { kind: 'not-shared' }, completeness: { state: 'not-shared' } })
    const none = await qc.fetchQuery(allergyQueries.list(session(hana)))
    expect(['no-known-allergies', 'not-on-file', 'list']).toContain(none.list?.kind)
  })

  it('streams walter’s vitals: the first page is in the cache before the last request', async () => {
    const s = session(walter)
    const qc = client()
    const options = vitalQueries.stream(s)
    const snapshots: Array<{ items: number; loaded: number; estimatedTotal?: number; done: boolean }> = []
    const unsubscribe = qc.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      const d = qc.getQueryData(options.queryKey)
      if (d) snapshots.push({ items: d.items.length, loaded: d.loaded, estimatedTotal: d.estimatedTotal, done: Boolean(d.completeness) })
    })
    const rec = recordFetch()
    const t0 = performance.now()
    const final = await qc.fetchQuery(options)
    const ms = Math.round(performance.now() - t0)
    rec.restore()
    unsubscribe()
    console.log(`[stream] ${base} walter vitals: first page ${snapshots[0].items}, ${final.items.length} in ${rec.requests.length} requests, ${ms} ms`)
    const pageSize = base === 'epic' ? 1000 : 200
    expect(snapshots[0]).toMatchObject({ items: pageSize, loaded: pageSize, done: false })
    expect(snapshots[0].estimatedTotal).toBe(base === 'epic' ? walter.vitals().length : undefined)
    expect(snapshots.length).toBeGreaterThanOrEqual(Math.ceil(walter.vitals().length / pageSize))
    expect(final.items).toHaveLength(walter.vitals().length)
    expect(final.completeness).toEqual({ state: 'shown', count: walter.vitals().length })
  }, FULL_HISTORY_MS)
})
