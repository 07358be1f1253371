// The bench's servers: the emulator in-process and the production build under `vite preview`, each
// behind a delay wrapper that holds every request for one round trip (`setRtt`). Loopback only.
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { preview, type PreviewServer } from 'vite'

export interface BenchPorts {
  sandbox: number
  app: number
  /** Where `vite preview` listens behind the delay wrapper. */
  appInner: number
  /** The DevTools port of the Chromium that Lighthouse drives. */
  debug: number
}

export function benchPorts(): BenchPorts {
  const sandbox = Number(process.env.BENCH_SANDBOX_PORT ?? process.env.E2E_SANDBOX_PORT ?? 4030)
  const app = Number(process.env.BENCH_APP_PORT ?? process.env.E2E_APP_PORT ?? 4183)
  return { sandbox, app, appInner: Number(process.env.BENCH_APP_INNER_PORT ?? sandbox + 1), debug: Number(process.env.BENCH_DEBUG_PORT ?? sandbox + 2) }
}

let rttMs = 0
export const setRtt = (ms: number) => {
  rttMs = ms
}
const hold = () => (rttMs > 0 ? new Promise<void>((r) => setTimeout(r, rttMs)) : Promise.resolve())

function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

/** The emulator, with each request held for one RTT before it is handled. */
export async function startSandbox(port: number, appUrl: string): Promise<Server> {
  process.env.SANDBOX_REDIRECT_URIS = `${appUrl}/callback`
  const { createSandbox } = await import('../mocks/sandbox.ts')
  const { serve } = await import('../mocks/server/node-adapter.ts')
  const sandbox = createSandbox({ appUrl })
  return listen(
    serve(async (req) => {
      await hold()
      return sandbox.handle(req)
    }),
    port,
  )
}

/** `vite preview` of `outDir` (the repo's own preview headers), behind a delaying pass-through proxy. */
export async function startApp(outDir: string, ports: BenchPorts): Promise<{ close: () => Promise<void> }> {
  const inner: PreviewServer = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: ports.appInner, strictPort: true, host: '127.0.0.1' } })
  const proxy = createServer((req, res) => {
    void hold().then(() => {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: ports.appInner, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers)
          up.pipe(res)
        },
      )
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      req.pipe(upstream)
    })
  })
  await listen(proxy, ports.app)
  return {
    close: async () => {
      await new Promise((r) => proxy.close(r))
      await inner.close()
    },
  }
}

export const portOf = (s: Server) => (s.address() as AddressInfo).port
