// One log line per audit event posted by the app (deploy file `auditEndpoint: "/audit-events"`).
// Only the fields the app defines are kept, each checked against its expected shape, so nothing a
// client adds (or a patient detail by mistake) reaches the log.

const FIELDS: Record<string, Record<string, RegExp>> = {
  launch: { server: /^[\w.-]+(:\d+)?$/, launch: /^(ehr|standalone)$/ },
  view: { server: /^[\w.-]+(:\d+)?$/, section: /^[a-z-]{1,24}$/ },
  'sign-out': { server: /^[\w.-]+(:\d+)?$/, reason: /^(user|idle)$/ },
  expiry: {},
}
const AT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

/** The log line for a posted body, or undefined when it is not an audit event the app sends. */
export function auditLine(text: string): string | undefined {
  let e: unknown
  try {
    e = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!e || typeof e !== 'object' || Array.isArray(e)) return undefined
  const r = e as Record<string, unknown>
  const fields = typeof r.type === 'string' ? FIELDS[r.type] : undefined
  if (!fields || typeof r.at !== 'string' || !AT.test(r.at)) return undefined
  const parts = [`audit type=${r.type}`]
  for (const [key, shape] of Object.entries(fields)) {
    const v = r[key]
    if (typeof v !== 'string' || !shape.test(v)) return undefined
    parts.push(`${key}=${v}`)
  }
  parts.push(`at=${r.at}`)
  return parts.join(' ')
}
