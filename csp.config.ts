// Content-Security-Policy built from the same registry as the iss allowlist (the brands bundle plus
// provider bases), so the browser itself refuses to talk to any other FHIR or token server.
import brands from './src/launch/brands.json'

const BUNDLE_SANDBOX = 'http://localhost:4010'
/** Provider-only FHIR bases and the authorization servers of the real sandboxes. */
const EXTRA_ORIGINS = ['https://fhir-ehr-code.cerner.com', 'https://authorization.cerner.com']
/** Who may frame the app: the local EHR simulator and Oracle's PowerChart hosts (XFC handshake). */
const FRAME_ANCESTORS = ["'self'", 'http://127.0.0.1:*', 'https://*.cerner.com', 'https://*.cernerpowerchart.net']

export function connectOrigins(sandboxUrl: string, extraBrandsUrl?: string): string[] {
  const origins = new Set<string>([new URL(sandboxUrl).origin, ...EXTRA_ORIGINS])
  for (const { resource } of brands.entry as Array<{ resource: { resourceType: string; address?: unknown } }>) {
    if (resource.resourceType !== 'Endpoint' || typeof resource.address !== 'string') continue
    origins.add(new URL(resource.address.replace(BUNDLE_SANDBOX, sandboxUrl)).origin)
  }
  // An extra brands bundle is only known at run time: its servers cannot be listed ahead of time.
  if (extraBrandsUrl) origins.add('https:')
  return [...origins].sort()
}

export function contentSecurityPolicy(sandboxUrl: string, extraBrandsUrl?: string, withFrameAncestors = false): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectOrigins(sandboxUrl, extraBrandsUrl).join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
  if (withFrameAncestors) directives.push(`frame-ancestors ${FRAME_ANCESTORS.join(' ')}`)
  return directives.join('; ')
}

/** Headers for `vite preview` (and a model for the production web server). */
export function securityHeaders(sandboxUrl: string, extraBrandsUrl?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(sandboxUrl, extraBrandsUrl, true),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  }
}
