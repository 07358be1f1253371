import { FOREIGN_ORIGIN } from './faults.ts'
import { json } from './http.ts'
import type { SandboxState } from './state.ts'

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      resolve()
    })
  })

export async function applyFaults(
  req: Request,
  url: URL,
  state: SandboxState,
  next: () => Promise<Response | undefined>,
): Promise<Response | undefined> {
  const f = state.faults
  const path = url.pathname + url.search
  if (f.latencyMs > 0) await sleep(f.latencyMs, req.signal)
  if (f.hang && path.includes(f.hang)) {
    await sleep(120_000, req.signal)
    return new Response(null, { status: 504 })
  }
  const forced = f.statuses.find((s) => (!s.match || path.includes(s.match)) && (s.times ?? 1) > 0)
  if (forced) {
    if (forced.times !== undefined) forced.times -= 1
    const headers: Record<string, string> = {}
    if (forced.retryAfter !== undefined) headers['retry-after'] = String(forced.retryAfter)
    if (forced.status === 401) headers['www-authenticate'] = 'Bearer error="invalid_token"'
    return json(
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'Injected fault' }] },
      { status: forced.status, headers },
    )
  }
  const res = await next()
  if (!res) return res
  if (f.malformedJson && path.includes(f.malformedJson)) {
    const text = await res.text()
    return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), res)
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
