import { launchText, type LaunchKey } from '../i18n/launch-text.ts'
import { canonicalBase, type EndpointConfig } from './endpoints.ts'

export type IssCheck = { ok: true; endpoint: EndpointConfig } | { ok: false; why: LaunchKey; reason: string }

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
  if (!raw) return refused('iss.missing')
  const iss = raw.replace(/\/$/, '')
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(iss)?.[0] ?? ''
  const canon = canonicalBase(raw)
  // Any userinfo, even an empty "@", is refused: URL parsing would drop it and let the address match.
  const plain = authority === authority.toLowerCase() && !authority.includes('@')
  const hit = plain ? allowed.find((e) => canonicalBase(e.fhirBase) === canon) : undefined
  if (hit) return { ok: true, endpoint: hit }
  return refused(explain(iss, allowed))
}

// `reason` is the English wording, for logs and tests; the page words `why` in the chosen language.
function refused(why: LaunchKey): IssCheck {
  return { ok: false, why, reason: launchText('en', why) }
}

function explain(iss: string, allowed: EndpointConfig[]): LaunchKey {
  let url: URL
  try {
    url = new URL(iss)
  } catch {
    return 'iss.invalid'
  }
  if (url.username || url.password || iss.slice(0, iss.indexOf(url.host)).includes('@')) {
    return 'iss.credentials'
  }
  if (url.protocol !== 'https:' && !LOOPBACK.has(url.hostname)) return 'iss.http'
  if (url.hostname.endsWith('.')) return 'iss.trailingDot'
  const lower = iss.toLowerCase()
  if (allowed.some((e) => e.fhirBase.toLowerCase() === lower)) return 'iss.case'
  if (allowed.some((e) => lower.startsWith(e.fhirBase.toLowerCase()) || e.fhirBase.toLowerCase().startsWith(lower))) {
    return 'iss.path'
  }
  if (url.search || url.hash) return 'iss.query'
  return 'iss.unknown'
}
