// Local audit events: what happened in this tab, never about whom. Events carry the kind, the time,
// the FHIR server's host and the section; no patient id, name, token or query. In dev they go to the
// console; a deployer can send them anywhere with setAuditSink (see docs/audit-events.md).

export type AuditEvent =
  | { type: 'launch'; at: string; server: string; launch: 'ehr' | 'standalone' }
  | { type: 'view'; at: string; server: string; section: string }
  | { type: 'sign-out'; at: string; server: string; reason: 'user' | 'idle' }
  | { type: 'expiry'; at: string }

export type AuditSink = (event: AuditEvent) => void

type WithoutTime<T> = T extends AuditEvent ? Omit<T, 'at'> : never

const devSink: AuditSink = (e) => console.info('[audit]', JSON.stringify(e))
let sink: AuditSink = import.meta.env.DEV ? devSink : () => undefined

/** Replaces where events go (a deployer's collector, a test's array). */
export function setAuditSink(next: AuditSink): void {
  sink = next
}

/** The host only: a FHIR base path can carry a tenant, never a person, but the host is all a log needs. */
export function serverOf(fhirBase: string): string {
  try {
    return new URL(fhirBase).host
  } catch {
    return 'unknown'
  }
}

export function audit(event: WithoutTime<AuditEvent>): void {
  try {
    sink({ ...event, at: new Date().toISOString() } as AuditEvent)
  } catch {
    // An audit sink failing must never break the app.
  }
}
