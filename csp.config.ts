// Content-Security-Policy and the other response headers, computed from the same deploy-time
// configuration as the app's server list (public/chart-lens.config.json over VITE_* defaults), so the
// browser itself refuses to talk to servers the deployment did not configure.
//
// connect-src policy. A handful of configured origins are listed one by one. The published directories
// are different: Epic's alone names ~480 customer-hosted origins (each its own FHIR and OAuth host),
// which would make a ~20 kB header that proxies truncate or reject. So when the offered servers need more
// than MAX_LISTED_ORIGINS origins, connect-src allows `https:` (any HTTPS origin, never plain http except
// the configured local sandbox). What still bounds the app's traffic then is in the app: the directory
// and the iss allowlist decide which FHIR server is used, tokens go only to that server's advertised
// endpoints, and paging links to other origins are refused. Oracle's lists need only three origins
// (fhir-myrecord, fhir-ehr, authorization .cerner.com), so a deployment offering only Oracle and a few
// organizations keeps an exact list.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig, SHIPPED_DIRECTORIES, validateConfig, type DeployConfig } from './src/launch/deploy-config.ts'
import brands from './src/launch/brands.json' with { type: 'json' }

export const MAX_LISTED_ORIGINS = 40
const BUNDLE_SANDBOX = 'http://localhost:4010'
/** Oracle's authorization server: its token endpoint is on this host, not on the FHIR host. */
const ORACLE_AUTH = 'https://authorization.cerner.com'
/** The local EHR simulator frames the app in development only. */
const DEV_FRAME_ANCESTORS = ['http://127.0.0.1:*', 'http://localhost:*']

export interface CspInput {
  config: DeployConfig
  sandboxUrl: string
  /** Folder holding directories/<id>.json (public/ in dev, the build output in production). */
  staticDir: string
  dev: boolean
  /** Where browsers send violation reports (same origin). */
  reportPath?: string
}

/** The deploy file as the server sees it: the built copy, validated like the app does. */
export function readDeployConfig(staticDir: string, env: Record<string, string | undefined>, dev: boolean): DeployConfig {
  const defaults = defaultConfig({ ...env, DEV: dev })
  let text: string
  try {
    text = readFileSync(join(staticDir, 'chart-lens.config.json'), 'utf8')
  } catch {
    return defaults
  }
  return validateConfig(JSON.parse(text), defaults)
}

function origin(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

export function connectOrigins({ config, sandboxUrl, staticDir }: Pick<CspInput, 'config' | 'sandboxUrl' | 'staticDir'>): string[] {
  const origins = new Set<string>()
  const add = (u: string | undefined) => u && u !== 'null' && origins.add(u)
  let oracle = false
  for (const d of config.directories) {
    if (!SHIPPED_DIRECTORIES.includes(d)) {
      add(origin(d))
      continue
    }
    const index = JSON.parse(readFileSync(join(staticDir, 'directories', `${d}.json`), 'utf8')) as { vendor: string; prefix: string; rows: Array<[string, string, string]> }
    if (index.vendor === 'cerner') oracle = true
    for (const [, rest] of index.rows) add(origin(index.prefix + rest))
  }
  if (oracle) add(ORACLE_AUTH)
  for (const b of config.brandsBundles) add(origin(b))
  for (const o of config.organizations) add(origin(o.fhirBase))
  if (config.auditEndpoint) add(origin(config.auditEndpoint))
  if (config.sandbox) {
    add(origin(sandboxUrl))
    for (const { resource } of brands.entry as Array<{ resource: { resourceType: string; address?: unknown } }>) {
      if (resource.resourceType === 'Endpoint' && typeof resource.address === 'string') add(origin(resource.address.replace(BUNDLE_SANDBOX, sandboxUrl)))
    }
    add('https://fhir-ehr-code.cerner.com')
    add(ORACLE_AUTH)
  }
  // Extra brands bundles list servers only known at run time: they can only be allowed as a class.
  if (origins.size > MAX_LISTED_ORIGINS || config.brandsBundles.length > 0) {
    return ['https:', ...[...origins].filter((o) => o.startsWith('http:'))].sort()
  }
  return [...origins].sort()
}

export function contentSecurityPolicy(input: CspInput): string {
  const frameAncestors = ["'self'", ...input.config.ehrOrigins, ...(input.dev ? DEV_FRAME_ANCESTORS : [])]
  const directives = [
    "default-src 'self'",
    // Vite's dev server injects the React refresh preamble inline and talks to itself over a websocket.
    input.dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    input.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${input.dev ? 'ws: ' : ''}${connectOrigins(input).join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ]
  // DOM XSS sinks (innerHTML, script src, …) take only Trusted Types, and the one policy allowed is the
  // one DOMPurify creates: FHIR narrative, if it is ever rendered, goes through DOMPurify and nothing
  // else can write HTML. Production only: Vite's dev error overlay writes innerHTML.
  if (!input.dev) directives.push("require-trusted-types-for 'script'", 'trusted-types dompurify')
  if (input.reportPath) directives.push(`report-uri ${input.reportPath}`, 'report-to csp')
  return directives.join('; ')
}

/** Content-hashed build output never changes under its name; everything else (HTML, routes) is never stored. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const cacheControlFor = (pathname: string): string => (pathname.startsWith('/assets/') ? IMMUTABLE : 'no-store')

/** Every header the app's pages get, from `npm run serve`, `vite preview` and the dev server alike. */
export function securityHeaders(input: CspInput): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(input),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // The app opens no other windows it must script, and is opened by none it must answer.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  }
  if (input.reportPath) headers['Reporting-Endpoints'] = `csp="${input.reportPath}"`
  if (!input.dev) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains'
  return headers
}

