import { canonicalBase, type EndpointConfig } from './endpoints.ts'

export type IssCheck = { ok: true; endpoint: EndpointConfig } | { ok: false; reason: string }

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Matches `iss` against the configured bases after one documented normalization (canonicalBase: default
 * port dropped, one trailing slash ignored; configured bases also get scheme and host lower-cased, so a
 * published `https://FHIR.EXAMPLE.ORG/…` matches the `https://fhir.example.org/…` an EHR sends). An `iss`
 * whose own scheme or host is not lower case is refused: no EHR emits one, and refusing is the safe side.
 * Path case is significant (see canonicalBase). Anything else is refused before any request; the reason
 * only explains the refusal, it never loosens the match.
 */
export function checkIss(raw: string | null, allowed: EndpointConfig[]): IssCheck {
  if (!raw) return { ok: false, reason: 'The launch did not say which server to use (no iss parameter).' }
  const iss = raw.replace(/\/$/, '')
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(iss)?.[0] ?? ''
  const canon = canonicalBase(raw)
  // Any userinfo, even an empty "@", is refused: URL parsing would drop it and let the address match.
  const plain = authority === authority.toLowerCase() && !authority.includes('@')
  const hit = plain ? allowed.find((e) => canonicalBase(e.fhirBase) === canon) : undefined
  if (hit) return { ok: true, endpoint: hit }
  return { ok: false, reason: explain(iss, allowed) }
}

function explain(iss: string, allowed: EndpointConfig[]): string {
  let url: URL
  try {
    url = new URL(iss)
  } catch {
    return 'The server address is not a valid URL.'
  }
  if (url.username || url.password || iss.slice(0, iss.indexOf(url.host)).includes('@')) {
    return 'The server address contains a user name or password, which is never accepted.'
  }
  if (url.protocol !== 'https:' && !LOOPBACK.has(url.hostname)) return 'The server address does not use HTTPS.'
  if (url.hostname.endsWith('.')) return 'The server host name ends with a dot.'
  const lower = iss.toLowerCase()
  if (allowed.some((e) => e.fhirBase.toLowerCase() === lower)) return 'The server address differs in letter case from an allowed server.'
  if (allowed.some((e) => lower.startsWith(e.fhirBase.toLowerCase()) || e.fhirBase.toLowerCase().startsWith(lower))) {
    return 'The server address is a different path on an allowed host.'
  }
  if (url.search || url.hash) return 'The server address carries a query or fragment.'
  return 'This server is not on the list of EHRs this app is set up for.'
}
