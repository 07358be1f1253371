import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createGzip } from 'node:zlib'

type FetchHandler = (req: Request) => Promise<Response>

function toRequest(req: IncomingMessage, controller: AbortController): Request {
  const host = req.headers.host ?? 'localhost'
  const url = new URL(req.url ?? '/', `http://${host}`)
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) v.forEach((x) => headers.append(k, x))
    else if (v !== undefined) headers.set(k, v)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (req as unknown as ReadableStream) : undefined,
    signal: controller.signal,
    // @ts-expect-error Node's fetch needs this for streamed request bodies.
    duplex: 'half',
  })
}

/** JSON (FHIR or OAuth) is gzipped when the client accepts it, as Epic's and Oracle's servers do. */
function shouldGzip(req: IncomingMessage, response: Response): boolean {
  const type = response.headers.get('content-type') ?? ''
  return (
    response.body !== null &&
    !response.headers.has('content-encoding') &&
    /\bjson\b/i.test(type) &&
    /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
  )
}

async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((v, k) => {
    headers[k] = k === 'set-cookie' ? response.headers.getSetCookie() : v
  })
  const gzip = shouldGzip(req, response)
  if (gzip) {
    headers['content-encoding'] = 'gzip'
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding'
    delete headers['content-length']
  }
  res.writeHead(response.status, response.statusText || undefined, headers)
  if (!response.body) {
    res.end()
    return
  }
  // Each chunk is flushed as it comes, so a slow or streaming body still reaches the client in pieces.
  const out = gzip ? createGzip() : undefined
  out?.pipe(res)
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (out) out.write(chunk, () => out.flush())
    else res.write(chunk)
  }
  if (out) out.end()
  else res.end()
}

/** Serves a fetch-style handler over real HTTP. */
export function serve(handler: FetchHandler): Server {
  return createServer((req, res) => {
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    handler(toRequest(req, controller))
      .then((response) => send(req, res, response))
      .catch((e) => {
        console.error(e)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
  })
}
