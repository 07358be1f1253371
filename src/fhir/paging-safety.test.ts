// @vitest-environment node
// Paging and transport safety against the sandbox's fault injection, over real HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FOREIGN_ORIGIN } from '../../mocks/core/faults.ts'
import { patientByKey } from '../../mocks/data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../mocks/testing/harness.ts'
import type { BaseName } from '../../mocks/testing/tokens.ts'
import type { ServerFlavor } from '../launch/smart-session.ts'
import { adapterFor } from './adapter.ts'
import { recordFetch, sandboxSession, setFaults } from './testing/sandbox-session.ts'

let sb: RunningSandbox
const lorraine = patientByKey('lorraine')!
let rec: ReturnType<typeof recordFetch> | undefined

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())
afterEach(async () => {
  rec?.restore()
  rec = undefined
  await setFaults(sb, null)
})

const servers: Array<[BaseName, ServerFlavor, 'epic' | 'cerner']> = [
  ['epic', 'epic', 'epic'],
  ['cerner', 'cerner', 'cerner'],
]

describe.each(servers)('%s', (base, flavor, idKey) => {
  const session = () => sandboxSession(sb, base, flavor, lorraine.ids[idKey])

  it('a foreign-origin next link stops paging with a warning; the token never leaves the FHIR origin', async () => {
    await setFaults(sb, { foreignNext: true })
    const s = session()
    rec = recordFetch()
    const labs = await adapterFor(s).observations(s, 'laboratory')
    expect(labs.completeness.state).toBe('shown')
    expect(labs.warnings.map((w) => w.code)).toContain('paging-foreign-next')
    expect(rec.requests.length).toBeGreaterThan(0)
    expect(rec.requests.filter((r) => r.url.startsWith(FOREIGN_ORIGIN))).toEqual([])
    expect(rec.requests.every((r) => new URL(r.url).origin === sb.origin)).toBe(true)
  })

  it('a 429 with Retry-After: 1 is retried once, after at least a second', async () => {
    await setFaults(sb, { statuses: [{ status: 429, match: '/Observation', times: 1, retryAfter: 1 }] })
    const s = session()
    rec = recordFetch()
    const t0 = performance.now()
    const labs = await adapterFor(s).observations(s, 'laboratory')
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1000)
    expect(labs.completeness).toEqual({ state: 'shown', count: lorraine.labs().length })
    expect(rec.to('Observation')).toHaveLength(2)
  })

  it('a truncated JSON body is a failed list, with the reason', async () => {
    await setFaults(sb, { malformedJson: '/AllergyIntolerance' })
    const s = session()
    await expect(adapterFor(s).allergies(s)).rejects.toMatchObject({ kind: 'malformed' })
  })

  it('a 403 on one type leaves the others alone', async () => {
    await setFaults(sb, { statuses: [{ status: 403, match: '/AllergyIntolerance' }] })
    const s = session()
    const [allergies, patient] = await Promise.all([adapterFor(s).allergies(s).catch((e: unknown) => e), adapterFor(s).patient(s)])
    expect(allergies).toMatchObject({ kind: 'forbidden', status: 403 })
    expect(patient.completeness).toEqual({ state: 'shown', count: 1 })
  })

  it('a server that never answers times out', async () => {
    await setFaults(sb, { hang: '/AllergyIntolerance' })
    const s = session()
    await expect(adapterFor(s).allergies(s, { timeoutMs: 300 })).rejects.toMatchObject({ kind: 'timeout' })
  })
})
