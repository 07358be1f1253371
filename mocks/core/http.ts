// Small helpers shared by every personality. Vendor-specific shapes live in vendors/*.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function json(body: unknown, init: ResponseInit = {}, contentType = 'application/json'): Response {
  const headers = new Headers(init.headers)
  if (!headers.has('content-type')) headers.set('content-type', contentType)
  return new Response(JSON.stringify(body), { ...init, headers })
}

export function html(body: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  headers.set('content-type', 'text/html; charset=utf-8')
  headers.set('cache-control', 'no-store')
  return new Response(body, { ...init, headers })
}

export function redirect(location: string, status = 302): Response {
  return new Response(null, { status, headers: { location, 'cache-control': 'no-store' } })
}

/** Both vendors allow any origin on FHIR, discovery and token endpoints. */
export function withCors(req: Request, res: Response): Response {
  const origin = req.headers.get('origin')
  if (!origin) return res
  const headers = new Headers(res.headers)
  if (!headers.has('access-control-allow-origin')) headers.set('access-control-allow-origin', '*')
  headers.set('access-control-expose-headers', 'Location, Content-Location, ETag, E-Tag, WWW-Authenticate, Retry-After, X-Request-Id')
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
}

export function preflight(req: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers':
        req.headers.get('access-control-request-headers') ?? 'Authorization, Content-Type, Accept',
      'access-control-max-age': '600',
    },
  })
}

export async function formBody(req: Request): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? ''
  if (!type.includes('application/x-www-form-urlencoded')) return new URLSearchParams()
  return new URLSearchParams(await req.text())
}

/** Basic page chrome for the sandbox's sign-in, consent and simulator pages. */
export function page(title: string, body: string, style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f4f5f7}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input[type=text],input[type=password],select{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;border-radius:4px;border:1px solid #555;cursor:pointer}
.primary{background:#0b5cad;color:#fff;border-color:#0b5cad}
.error{color:#a4000f;font-weight:600}
fieldset{border:1px solid #ccc;border-radius:4px;margin-top:1rem}
.check{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.25rem 0}
small{color:#555}
${style}
</style></head><body>${body}</body></html>`
}
