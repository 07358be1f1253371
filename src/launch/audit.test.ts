// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { audit, serverOf, setAuditSink, type AuditEvent } from './audit.ts'
import { signOut } from './sign-out.ts'
import { expireSession, resetRefreshState } from './token-lifecycle.ts'
import { setSessionStatus } from './session-status.ts'
import { testSession } from '../fhir/testing/test-session.ts'

afterEach(() => {
  setAuditSink(() => undefined)
  resetRefreshState()
  setSessionStatus('active')
})

describe('audit events', () => {
  it('sign-out and expiry are recorded with the server host and time, and nothing about the patient', async () => {
    const events: AuditEvent[] = []
    setAuditSink((e) => events.push(e))
    const session = testSession({ id: 's1', fhirBase: 'https://fhir.example.org/r4/tenant-a', flavor: 'generic', patientId: 'pat-98765', scope: 'patient/*.rs', token: 'secret-token' })
    await signOut(session, 'idle')
    expireSession()
    audit({ type: 'view', server: serverOf(session.fhirBase), section: 'labs' })
    expect(events.map((e) => e.type)).toEqual(['sign-out', 'expiry', 'view'])
    expect(events[0]).toMatchObject({ server: 'fhir.example.org', reason: 'idle' })
    expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true)
    expect(JSON.stringify(events)).not.toMatch(/pat-98765|secret-token|tenant-a/)
  })

  it('a failing sink never breaks the caller', () => {
    setAuditSink(() => {
      throw new Error('collector down')
    })
    expect(() => audit({ type: 'expiry' })).not.toThrow()
  })
})

describe('events raised before a sink is chosen', () => {
  it('wait, bounded, and go to the first sink chosen', async () => {
    vi.resetModules()
    const fresh = await import('./audit.ts')
    for (let i = 0; i < 60; i++) fresh.audit({ type: 'view', server: 'h', section: `s${i}` })
    const got: AuditEvent[] = []
    fresh.setAuditSink((e) => got.push(e))
    expect(got).toHaveLength(50)
    expect(got[0]).toMatchObject({ section: 's0' })
    fresh.setAuditSink(() => undefined)
    fresh.setAuditSink((e) => got.push(e))
    expect(got).toHaveLength(50)
  })
})
