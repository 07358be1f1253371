// Real-looking bases for the same personalities: a request under an alias prefix is served as if it had
// come to the internal prefix (its `aud` translated too), and every absolute URL in the answer is written
// back under the alias, so a client only ever sees the real-looking base. Path prefixes on the sandbox's
// own origin: no DNS or TLS tricks needed, and the app still goes through its full launch path.
import { CERNER_MYRECORD_SHAPED_PREFIX, CERNER_EHR_SHAPED_PREFIX } from '../../vendors/cerner/config.ts'
import { EPIC_CUSTOMER_PREFIX, EPIC_EMPTY_PKCE_PREFIXES, EPIC_PREFIX } from '../../vendors/epic/config.ts'

export interface CustomerBase {
  alias: string
  internal: string
  /** Replaces code_challenge_methods_supported in this base's SMART configuration. */
  pkceMethods?: string[]
}

export const CUSTOMER_BASES: CustomerBase[] = [
  { alias: EPIC_CUSTOMER_PREFIX, internal: EPIC_PREFIX },
  ...EPIC_EMPTY_PKCE_PREFIXES.map((alias) => ({ alias, internal: EPIC_PREFIX, pkceMethods: [] })),
  { alias: CERNER_EHR_SHAPED_PREFIX, internal: '/cerner/ehr/r4' },
  { alias: CERNER_MYRECORD_SHAPED_PREFIX, internal: '/cerner/r4', pkceMethods: [] },
]

type Handler = (req: Request) => Promise<Response>

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/')
}

export function withCustomerBases(handle: Handler, bases: CustomerBase[] = CUSTOMER_BASES): Handler {
  return async (req) => {
    const url = new URL(req.url)
    const o = url.origin
    const base = bases.find((b) => under(url.pathname, b.alias))
    if (!base) return handle(audToInternal(req, url, bases))
    const toInternal = (s: string) => s.split(o + base.alias).join(o + base.internal)
    const inner = new URL(url)
    inner.pathname = base.internal + url.pathname.slice(base.alias.length)
    for (const [k, v] of url.searchParams) inner.searchParams.set(k, toInternal(v))
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer()
    const res = await handle(new Request(inner, { method: req.method, headers: req.headers, body, redirect: 'manual' }))
    return rewriteResponse(res, o + base.internal, o + base.alias, base, url.pathname.endsWith('/.well-known/smart-configuration'))
  }
}

/** An authorization server on its own path (Oracle's) still gets `aud` = the internal base it knows. */
function audToInternal(req: Request, url: URL, bases: CustomerBase[]): Request {
  const aud = url.searchParams.get('aud')
  const b = aud && bases.find((x) => aud.startsWith(url.origin + x.alias + '/'))
  if (!aud || !b) return req
  const inner = new URL(url)
  inner.searchParams.set('aud', url.origin + b.internal + aud.slice((url.origin + b.alias).length))
  return new Request(inner, req)
}

async function rewriteResponse(res: Response, from: string, to: string, base: CustomerBase, isDiscovery: boolean): Promise<Response> {
  const headers = new Headers(res.headers)
  const location = headers.get('location')
  if (location) headers.set('location', location.split(from).join(to))
  const type = headers.get('content-type') ?? ''
  if (!/json|html|text|xml/.test(type)) return new Response(res.body, { status: res.status, headers })
  let text = (await res.text()).split(from).join(to)
  if (isDiscovery && base.pkceMethods && res.ok) {
    text = JSON.stringify({ ...JSON.parse(text), code_challenge_methods_supported: base.pkceMethods })
  }
  headers.delete('content-length')
  return new Response(text, { status: res.status, headers })
}
