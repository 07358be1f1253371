// A scripted browser for the sandbox's OAuth pages: real HTTP, real forms, no shortcuts.
import { randomBytes } from 'node:crypto'
import { s256 } from '../core/auth/pkce.ts'

export interface SmartConfig {
  authorization_endpoint: string
  token_endpoint: string
  revocation_endpoint?: string
  introspection_endpoint?: string
  jwks_uri: string
  capabilities: string[]
  scopes_supported: string[]
  code_challenge_methods_supported: string[]
  grant_types_supported?: string[]
}

export const REDIRECT_URI = 'http://localhost:4173/callback'

export async function discover(base: string): Promise<SmartConfig> {
  const res = await fetch(`${base}/.well-known/smart-configuration`)
  if (!res.ok) throw new Error(`discovery ${res.status}`)
  return res.json() as Promise<SmartConfig>
}

export function pkce() {
  const verifier = randomBytes(48).toString('base64url')
  return { verifier, challenge: s256(verifier) }
}

export function authorizeUrl(cfg: SmartConfig, params: Record<string, string | undefined>): string {
  const u = new URL(cfg.authorization_endpoint)
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v)
  return u.toString()
}

/** Form action and hidden fields of the first form on a page. */
export function parseForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
  if (!action) throw new Error('no form on page: ' + html.slice(0, 300))
  const fields: Record<string, string> = {}
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[m[1]] = m[2]
  return { action: action.replace(/&#38;/g, '&'), fields }
}

export async function postForm(action: string, body: URLSearchParams): Promise<Response> {
  return fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
}

export interface SignInOptions {
  username: string
  password?: string
  /** Record to pick on the chooser page (patient key), when one is shown. */
  record?: string
  /** Resource types to leave ticked; all if absent. */
  share?: string[]
  duration?: string
  deny?: boolean
}

/** Walks sign-in → (record chooser) → consent and returns the final redirect. */
export async function signInAndConsent(authorizeHref: string, o: SignInOptions): Promise<URL> {
  const first = await fetch(authorizeHref, { redirect: 'manual' })
  if (first.status === 302) return new URL(first.headers.get('location') as string)
  const signIn = parseForm(await first.text())
  let page = await postForm(
    signIn.action,
    new URLSearchParams({ ...signIn.fields, username: o.username, password: o.password ?? 'sandbox1' }),
  )
  let html = await page.text()
  if (html.includes('name="patient"')) {
    const chooser = parseForm(html)
    const record = o.record ?? /name="patient" value="([^"]+)"/.exec(html)?.[1] ?? ''
    page = await postForm(chooser.action, new URLSearchParams({ ...chooser.fields, patient: record }))
    html = await page.text()
  }
  const consent = parseForm(html)
  const ticked = [...html.matchAll(/name="share" value="([^"]+)"/g)].map((m) => m[1])
  const body = new URLSearchParams({ ...consent.fields, decision: o.deny ? 'deny' : 'allow' })
  for (const t of o.share ?? ticked) body.append('share', t)
  if (o.duration) body.set('duration', o.duration)
  const done = await postForm(consent.action, body)
  if (done.status !== 302) throw new Error(`consent answered ${done.status}: ${(await done.text()).slice(0, 300)}`)
  return new URL(done.headers.get('location') as string)
}

export async function exchange(cfg: SmartConfig, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(cfg.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> }
}

export function decodeJwt(jwt: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [h, p] = jwt.split('.')
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(p, 'base64url').toString()),
  }
}
