// Deploy-time settings: /chart-lens.config.json (served from public/, editable after the build) over
// VITE_* defaults baked in at build time. Validated on load; every problem is named, none is guessed around.
import type { DirectoryVendor, Persona } from './brands.ts'

export const CONFIG_PATH = '/chart-lens.config.json'
export const SHIPPED_DIRECTORIES = ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4']

export interface ClientIds {
  epic?: string
  oraclePatient?: string
  oracleProvider?: string
  /** Any other SMART server (from a brands bundle or an organization entry). */
  other?: string
}

export interface ConfiguredOrganization {
  name: string
  fhirBase: string
  vendor?: DirectoryVendor
  persona?: Persona
  place?: string
}

export interface DeployConfig {
  /** Shipped directory ids (see data/directories/sources.json) or URLs of directory indexes. */
  directories: string[]
  /** URLs of SMART User-access Brands bundles (or Epic-style Endpoint bundles). */
  brandsBundles: string[]
  organizations: ConfiguredOrganization[]
  clientIds: ClientIds
  /** Offer the local sandbox and the vendors' public sandboxes. */
  sandbox: boolean
  /** Show configuration hints (env var names) to users. Never on for patients in production. */
  developerHints: boolean
  /** Origins of web EHRs allowed to frame the app (CSP frame-ancestors), e.g. `https://*.example-ehr.net`. */
  ehrOrigins: string[]
  /** Privacy policy, terms of use and support pages; each falls back to the page shipped in public/. */
  links: LegalLinks
  /** Where audit events are sent (a path on this site or an https URL); none means they stay in the tab. */
  auditEndpoint?: string
}

export interface LegalLinks {
  privacy?: string
  terms?: string
  /** A page, or a `mailto:` address. */
  support?: string
}

export const LINK_KEYS = ['privacy', 'terms', 'support'] as const

type Env = Partial<Record<string, string | boolean | undefined>>

export function defaultConfig(env: Env = (import.meta as { env?: Env }).env ?? {}): DeployConfig {
  const dev = env.DEV === true
  const list = (v: unknown) => (typeof v === 'string' && v.trim() ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined)
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
  const flag = (v: unknown, fallback: boolean) => (v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : fallback)
  return {
    directories: list(env.VITE_DIRECTORIES) ?? SHIPPED_DIRECTORIES,
    brandsBundles: list(env.VITE_BRANDS_URL) ?? [],
    organizations: [],
    clientIds: {
      epic: str(env.VITE_EPIC_CLIENT_ID),
      oraclePatient: str(env.VITE_CERNER_CLIENT_ID),
      oracleProvider: str(env.VITE_CERNER_PROVIDER_CLIENT_ID),
      other: str(env.VITE_CLIENT_ID),
    },
    sandbox: flag(env.VITE_SHOW_SANDBOX, dev),
    developerHints: flag(env.VITE_DEVELOPER_HINTS, dev),
    ehrOrigins: list(env.VITE_EHR_ORIGINS) ?? [],
    links: {},
  }
}

export class ConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`${CONFIG_PATH} is not valid: ${problems.join(' ')}`)
    this.problems = problems
  }
}

const KEYS = new Set(['$comment', 'directories', 'brandsBundles', 'organizations', 'clientIds', 'sandbox', 'developerHints', 'ehrOrigins', 'links', 'auditEndpoint'])
const CLIENT_KEYS = new Set(['epic', 'oraclePatient', 'oracleProvider', 'other'])
const VENDORS = new Set(['epic', 'cerner', 'generic'])
const PERSONAS = new Set(['patient', 'provider', 'both'])

/** Fields in the file replace the defaults; clientIds merge key by key. Throws ConfigError listing every problem. */
export function validateConfig(raw: unknown, defaults: DeployConfig): DeployConfig {
  const problems: string[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(['The file must hold one JSON object.'])
  const o = raw as Record<string, unknown>
  for (const k of Object.keys(o)) if (!KEYS.has(k)) problems.push(`Unknown setting "${k}".`)
  const out: DeployConfig = { ...defaults, clientIds: { ...defaults.clientIds } }
  const strings = (key: 'directories' | 'brandsBundles', isUrl: boolean) => {
    if (o[key] === undefined) return
    const v = o[key]
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s)) return void problems.push(`"${key}" must be a list of strings.`)
    for (const s of v as string[]) {
      if ((isUrl || /[/:]/.test(s)) && !isHttpUrl(s, true)) problems.push(`"${key}" entry "${s}" is not an http(s) URL or a path on this site.`)
      if (key === 'directories' && !/[/:]/.test(s) && !SHIPPED_DIRECTORIES.includes(s)) problems.push(`"directories" entry "${s}" is not a shipped directory (${SHIPPED_DIRECTORIES.join(', ')}).`)
    }
    out[key] = v as string[]
  }
  strings('directories', false)
  strings('brandsBundles', true)
  if (o.clientIds !== undefined) {
    if (typeof o.clientIds !== 'object' || o.clientIds === null) problems.push('"clientIds" must be an object.')
    else {
      for (const [k, v] of Object.entries(o.clientIds)) {
        if (!CLIENT_KEYS.has(k)) problems.push(`"clientIds.${k}" is not a known client id (${[...CLIENT_KEYS].join(', ')}).`)
        else if (typeof v !== 'string' || !v.trim()) problems.push(`"clientIds.${k}" must be a non-empty string.`)
        else out.clientIds[k as keyof ClientIds] = v.trim()
      }
    }
  }
  if (o.ehrOrigins !== undefined) {
    // A CSP source: scheme, host (a leading *. allowed) and optional port; nothing that could add a directive.
    const ok = Array.isArray(o.ehrOrigins) && o.ehrOrigins.every((s) => typeof s === 'string' && /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\d+|\*))?$/i.test(s))
    if (ok) out.ehrOrigins = o.ehrOrigins as string[]
    else problems.push('"ehrOrigins" must be a list of origins such as "https://ehr.example.org" or "https://*.example.org".')
  }
  if (o.links !== undefined) {
    if (typeof o.links !== 'object' || o.links === null || Array.isArray(o.links)) problems.push('"links" must be an object.')
    else {
      const links: LegalLinks = {}
      for (const [k, v] of Object.entries(o.links)) {
        const problem = (LINK_KEYS as readonly string[]).includes(k) ? linkProblem(`links.${k}`, v, k === 'support') : `"links.${k}" is not a known link (${LINK_KEYS.join(', ')}).`
        if (problem) problems.push(problem)
        else links[k as keyof LegalLinks] = (v as string).trim()
      }
      out.links = links
    }
  }
  if (o.auditEndpoint !== undefined) {
    const problem = linkProblem('auditEndpoint', o.auditEndpoint, false)
    if (problem) problems.push(problem)
    else out.auditEndpoint = (o.auditEndpoint as string).trim()
  }
  for (const key of ['sandbox', 'developerHints'] as const) {
    if (o[key] === undefined) continue
    if (typeof o[key] !== 'boolean') problems.push(`"${key}" must be true or false.`)
    else out[key] = o[key]
  }
  if (o.organizations !== undefined) {
    if (!Array.isArray(o.organizations)) problems.push('"organizations" must be a list.')
    else out.organizations = o.organizations.flatMap((org: unknown, i) => {
      const at = `"organizations[${i}]"`
      const r = org as Record<string, unknown>
      const before = problems.length
      if (typeof r?.name !== 'string' || !r.name) problems.push(`${at} needs a "name".`)
      if (typeof r?.fhirBase !== 'string' || !isHttpUrl(r.fhirBase, false)) problems.push(`${at}.fhirBase must be an absolute http(s) URL.`)
      if (r?.vendor !== undefined && !VENDORS.has(r.vendor as string)) problems.push(`${at}.vendor must be epic, cerner or generic.`)
      if (r?.persona !== undefined && !PERSONAS.has(r.persona as string)) problems.push(`${at}.persona must be patient, provider or both.`)
      return problems.length === before ? [r as unknown as ConfiguredOrganization] : []
    })
  }
  if (problems.length) throw new ConfigError(problems)
  return out
}

function isHttpUrl(s: string, allowPath: boolean): boolean {
  if (allowPath && s.startsWith('/') && !s.startsWith('//')) return true
  try {
    const u = new URL(s)
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password
  } catch {
    return false
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * These links are put on screen for patients to click, so the check is stricter than for the server
 * lists: https only (a plain-http policy page can be rewritten on the way), and never a script URL.
 * The audit endpoint gets the same check: its events must not travel in the clear either.
 */
function linkProblem(field: string, v: unknown, mailOk: boolean): string | undefined {
  const kinds = `an https URL${mailOk ? ', a mailto: address' : ''} or a path on this site such as "/privacy.html"`
  if (typeof v !== 'string' || !v.trim()) return `"${field}" must be ${kinds}.`
  const s = v.trim()
  if (s.startsWith('/')) {
    // "//host" and "/\host" are other sites to a browser, whatever they look like here.
    const base = 'https://app.invalid'
    return new URL(s, base).origin === base ? undefined : `"${field}" ("${s}") leaves this site; write other sites as full https URLs.`
  }
  let u: URL
  try {
    u = new URL(s)
  } catch {
    return `"${field}" ("${s}") is not ${kinds}.`
  }
  if (u.protocol === 'javascript:') return `"${field}" must not be a javascript: URL.`
  if (u.protocol === 'mailto:' && mailOk) return undefined
  if (u.protocol === 'http:' && !LOCAL_HOSTS.has(u.hostname)) return `"${field}" ("${s}") must use https: plain http is accepted only for localhost.`
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `"${field}" ("${s}") is not ${kinds}.`
  if (u.username || u.password) return `"${field}" ("${s}") must not carry a user name or password.`
  return undefined
}

let loaded: Promise<DeployConfig> | undefined

/** Read once per page. A missing file means "defaults"; an unreadable or invalid one is an error to show. */
export function loadDeployConfig(): Promise<DeployConfig> {
  loaded ??= (async () => {
    const defaults = defaultConfig()
    let res: Response
    try {
      res = await fetch(new URL(CONFIG_PATH, window.location.href), { headers: { accept: 'application/json' }, cache: 'no-store' })
    } catch (e) {
      throw new Error("The app's settings could not be loaded. Check the connection and reload the page.", { cause: e })
    }
    if (res.status === 404) return defaults
    if (!res.ok) throw new ConfigError([`The server answered ${res.status} for it.`])
    let raw: unknown
    try {
      raw = await res.json()
    } catch {
      throw new ConfigError(['It is not valid JSON.'])
    }
    return validateConfig(raw, defaults)
  })()
  return loaded
}
