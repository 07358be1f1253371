// Local audit events: what happened in this tab, never about whom. Events carry the kind, the time,
// the FHIR server's host and the section; no patient id, name, token or query. In dev they go to the
// console; a deployer sends them to a collector with `auditEndpoint` in the deploy file, or anywhere
// with setAuditSink (see docs/audit-events.md).

export type AuditEvent =
  | { type: 'launch'; at: string; server: string; launch: 'ehr' | 'standalone' }
  | { type: 'view'; at: string; server: string; section: string }
  | { type: 'sign-out'; at: string; server: string; reason: 'user' | 'idle' }
  | { type: 'expiry'; at: string }

export type AuditSink = (event: AuditEvent) => void

type WithoutTime<T> = T extends AuditEvent ? Omit<T, 'at'> : never

/** Events raised before the deploy file is read (the launch on /callback) wait here, up to a bound. */
const MAX_WAITING = 50

export const consoleSink: AuditSink = (e) => console.info('[audit]', JSON.stringify(e))
export const dropSink: AuditSink = () => undefined

let waiting: AuditEvent[] | undefined = []
let sink: AuditSink = (e) => {
  if (waiting && waiting.length < MAX_WAITING) waiting.push(e)
}

/** Replaces where events go (a deployer's collector, a test's array); events still waiting go there first. */
export function setAuditSink(next: AuditSink): void {
  sink = next
  const held = waiting ?? []
  waiting = undefined
  for (const e of held) deliver(e)
}

/**
 * Posts each event to the deployer's collector. keepalive lets the request outlive the page (sign-out
 * navigates away right after its event), as a beacon would. The body is JSON sent as text/plain, a type
 * that needs no CORS preflight when the collector is on another origin. No cookies go with it. An event
 * that cannot be sent (offline, collector down) is kept, up to a bound, and sent again when the browser
 * is back online or the next event goes out.
 */
export function endpointSink(url: string): AuditSink {
  let unsent: AuditEvent[] = []
  const post = (e: AuditEvent) =>
    fetch(url, { method: 'POST', body: JSON.stringify(e), headers: { 'content-type': 'text/plain' }, keepalive: true, credentials: 'omit' }).then(
      (res) => res.ok || res.status === 400,
      () => false,
    )
  const send = async (e: AuditEvent) => {
    if (!(await post(e)) && unsent.length < MAX_WAITING) unsent.push(e)
  }
  const retry = () => {
    const again = unsent
    unsent = []
    for (const e of again) void send(e)
  }
  if (typeof window !== 'undefined') window.addEventListener('online', retry)
  return (e) => {
    retry()
    void send(e)
  }
}

/** The host only: a FHIR base path can carry a tenant, never a person, but the host is all a log needs. */
export function serverOf(fhirBase: string): string {
  try {
    return new URL(fhirBase).host
  } catch {
    return 'unknown'
  }
}

function deliver(event: AuditEvent): void {
  try {
    sink(event)
  } catch {
    // An audit sink failing must never break the app.
  }
}

export function audit(event: WithoutTime<AuditEvent>): void {
  deliver({ ...event, at: new Date().toISOString() } as AuditEvent)
}
