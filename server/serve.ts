// Production server for the built app: static files with the security headers from csp.config.ts,
// long-lived caching for hashed assets, no-store for pages, compression, a CSP report endpoint and an
// audit event endpoint (both logged to stdout, one line each).
// Usage: npm run serve [-- --dir dist --port 8080]   (PORT, HOST and VITE_SANDBOX_URL are read too)
import compression from 'compression'
import express, { type Request, type Response } from 'express'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readDeployConfig, securityHeaders } from '../csp.config.ts'
import { ConfigError } from '../src/launch/deploy-config.ts'
import { auditLine } from './audit-log.ts'
import { summarizeCspReports } from './csp-reports.ts'
import { APP_ROUTES, CHART_PAGE, pageFor } from './pages.ts'

const REPORT_PATH = '/csp-report'
/** Where the deploy file's `auditEndpoint` points when the collector is this server's log. */
export const AUDIT_PATH = '/audit-events'

export function createServer(dir: string, env: Record<string, string | undefined> = process.env) {
  const config = readDeployConfig(dir, env, false)
  const headers = securityHeaders({ config, sandboxUrl: env.VITE_SANDBOX_URL ?? 'http://localhost:4010', staticDir: dir, dev: false, reportPath: REPORT_PATH })
  const app = express()
  app.disable('x-powered-by')
  app.use(compression())
  app.use((req, res, next) => {
    res.set(headers)
    // Hashed assets get their year-long caching from express.static below, which only fills an unset header.
    if (req.path.startsWith('/assets/')) res.removeHeader('Cache-Control')
    next()
  })
  app.post(REPORT_PATH, express.json({ type: ['application/csp-report', 'application/reports+json', 'application/json'], limit: '64kb' }), (req, res) => {
    for (const line of summarizeCspReports(req.body)) console.warn(`csp-violation ${line}`)
    res.status(204).end()
  })
  app.post(AUDIT_PATH, express.text({ type: () => true, limit: '2kb' }), (req, res) => {
    const line = typeof req.body === 'string' ? auditLine(req.body) : undefined
    if (line) console.info(line)
    res.status(line ? 204 : 400).end()
  })
  // Vite names every file under /assets by its content hash: a changed file is a new URL.
  app.use('/assets', express.static(resolve(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }))
  app.use(
    express.static(dir, {
      index: false,
      // The deploy file and the directory indexes change without a rebuild: revalidate every time.
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  )
  const hasChartPage = existsSync(resolve(dir, CHART_PAGE))
  app.get(/.*/, (req: Request, res: Response) => {
    if (!APP_ROUTES.has(req.path)) return void res.status(404).type('text/plain').send('Not found')
    res.sendFile(resolve(dir, pageFor(req.path, hasChartPage)), { headers: { 'Cache-Control': 'no-store' } })
  })
  return app
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string' }, host: { type: 'string' } } })
  const dir = resolve(values.dir!)
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found. Run npm run build first.`)
    process.exit(1)
  }
  let app
  try {
    app = createServer(dir)
  } catch (e) {
    const problems = e instanceof ConfigError ? e.problems : [e instanceof Error ? e.message : String(e)]
    console.error(`serve: ${dir}/chart-lens.config.json is not valid:\n  - ${problems.join('\n  - ')}`)
    process.exit(1)
  }
  const port = Number(values.port ?? process.env.PORT ?? 8080)
  const host = values.host ?? process.env.HOST ?? '0.0.0.0'
  app.listen(port, host, () => console.log(`Chart Lens on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (serving ${dir})`))
}
