import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

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

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((v, k) => {
    headers[k] = k === 'set-cookie' ? response.headers.getSetCookie() : v
  })
  res.writeHead(response.status, response.statusText || undefined, headers)
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk)
  }
  res.end()
}

/** Serves a fetch-style handler over real HTTP. */
export function serve(handler: FetchHandler): Server {
  return createServer((req, res) => {
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    handler(toRequest(req, controller))
      .then((response) => send(res, response))
      .catch((e) => {
        console.error(e)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
  })
}
