import { FOREIGN_ORIGIN, type ForcedStatus } from './faults.ts'
import { json } from './http.ts'
import type { SandboxState } from './state.ts'

let faultCount = 0

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      resolve()
    })
  })

/** A server that never answers: held until the client gives up (or two minutes pass), then a gateway timeout. */
async function hangUp(signal: AbortSignal): Promise<Response> {
  await sleep(120_000, signal)
  return new Response(null, { status: 504 })
}

export async function applyFaults(
  req: Request,
  url: URL,
  state: SandboxState,
  next: () => Promise<Response | undefined>,
): Promise<Response | undefined> {
  const f = state.faults
  const path = url.pathname + url.search
  if (f.latencyMs > 0) await sleep(f.latencyMs, req.signal)
  if (f.hang && path.includes(f.hang)) return hangUp(req.signal)
  const forced = f.statuses.find((s) => (!s.match || path.includes(s.match)) && (s.times ?? 1) > 0)
  if (forced) {
    if (forced.times !== undefined) forced.times -= 1
    return forcedAnswer(forced, ++faultCount)
  }
  const res = await next()
  if (!res) return res
  if (f.malformedJson && path.includes(f.malformedJson)) {
    const text = await res.text()
    return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), res)
  }
  if (f.xmlBody && path.includes(f.xmlBody) && res.ok) {
    return new Response('<Bundle xmlns="http://hl7.org/fhir"><type value="searchset"/></Bundle>', {
      status: 200,
      headers: { 'content-type': 'application/fhir+xml; charset=utf-8', 'access-control-allow-origin': '*' },
    })
  }
  if (f.selfNext && res.headers.get('content-type')?.includes('json')) {
    const body = await res.clone().json().catch(() => undefined)
    if (body?.resourceType === 'Bundle') {
      const links = (body.link ?? []).filter((l: { relation: string }) => l.relation !== 'next')
      return json({ ...body, link: [...links, { relation: 'next', url: url.toString() }] }, { status: res.status, headers: res.headers })
    }
  }
  if (f.foreignNext && res.headers.get('content-type')?.includes('json')) {
    const body = await res.clone().json().catch(() => undefined)
    if (body?.resourceType === 'Bundle') {
      const links = [...(body.link ?? [])]
      const next = links.find((l: { relation: string }) => l.relation === 'next')
      const target = `${FOREIGN_ORIGIN}${url.pathname}?page=2`
      if (next) next.url = target
      else links.unshift({ relation: 'next', url: target })
      return json({ ...body, link: links }, { status: res.status, headers: res.headers })
    }
  }
  return res
}

/** The token endpoints' fault, when one is set and matches this request's grant type. */
export async function applyTokenFault(req: Request, state: SandboxState, next: () => Promise<Response | undefined>): Promise<Response | undefined> {
  const f = state.faults.token
  if (!f || (f.times ?? 1) <= 0) return next()
  if (f.grant && new URLSearchParams(await req.clone().text()).get('grant_type') !== f.grant) return next()
  if (f.times !== undefined) f.times -= 1
  if (f.answer === 'hang') return hangUp(req.signal)
  const title = `${f.answer} ${f.answer === 500 ? 'Internal Server Error' : f.answer === 502 ? 'Bad Gateway' : f.answer === 503 ? 'Service Unavailable' : 'Gateway Timeout'}`
  return new Response(`<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`, {
    status: f.answer,
    headers: { 'content-type': 'text/html', 'access-control-allow-origin': '*' },
  })
}

/** The error answer a forced status gets, in the shape real servers send; each carries a request id. */
function forcedAnswer(forced: ForcedStatus, n: number): Response {
  const headers: Record<string, string> = { 'x-request-id': `fault-${n}`, 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-request-id, retry-after' }
  if (forced.retryAfter !== undefined) headers['retry-after'] = String(forced.retryAfter)
  if (forced.status === 401) headers['www-authenticate'] = 'Bearer error="invalid_token", error_description="The access token provided is not valid"'
  if (forced.status === 403 && forced.body === 'empty') {
    headers['www-authenticate'] = 'Bearer error="insufficient_scope", error_description="The access token provided is valid, but is not authorized for this service"'
  }
  switch (forced.body) {
    case 'empty':
      return new Response(null, { status: forced.status, headers })
    case 'html':
      return new Response('<html><head><title>404 - File or directory not found.</title></head><body><h2>404 - File or directory not found.</h2></body></html>', {
        status: forced.status,
        headers: { ...headers, 'content-type': 'text/html' },
      })
    case 'xml':
      return new Response(
        '<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="not-supported"/><diagnostics value="Injected fault"/></issue></OperationOutcome>',
        { status: forced.status, headers: { ...headers, 'content-type': 'application/fhir+xml' } },
      )
    default:
      return json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'Injected fault' }] }, { status: forced.status, headers })
  }
}
