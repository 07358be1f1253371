import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { browserAliases } from './src/lib/shims/aliases.ts'
import { cacheControlFor, readDeployConfig, securityHeaders } from './csp.config.ts'
import { bundleBudget } from './scripts/bundle-budget.ts'
import { chartChunk } from './scripts/chart-chunk.ts'
import { chartPage } from './scripts/chart-page.ts'
import { pageFor } from './server/pages.ts'

/**
 * The dev server and `vite preview` send the same headers as `npm run serve`, computed from the deploy
 * file they serve (public/ in dev, the build output in preview). Dev differs only where HMR needs it.
 * Headers, not a meta tag: the policy follows the deploy-time file, which can change after the build.
 */
function securityHeadersPlugin(env: Record<string, string | undefined>): Plugin {
  const sandboxUrl = env.VITE_SANDBOX_URL ?? 'http://localhost:4010'
  const headersFor = (staticDir: string, dev: boolean) => securityHeaders({ config: readDeployConfig(staticDir, env, dev), sandboxUrl, staticDir, dev })
  return {
    name: 'security-headers',
    configureServer(server) {
      const staticDir = resolve(server.config.root, 'public')
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(headersFor(staticDir, true))) res.setHeader(k, v)
        next()
      })
    },
    configurePreviewServer(server) {
      const headers = headersFor(resolve(server.config.root, server.config.build.outDir), false)
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
        next()
      })
    },
  }
}

/**
 * `vite preview` applies one header set to every file; hashed assets get their long-lived
 * Cache-Control instead, so /callback and EHR launches reuse the JS the start page downloaded.
 */
function cacheByPath(): Plugin {
  return {
    name: 'cache-by-path',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const value = cacheControlFor(new URL(req.url ?? '/', 'http://x').pathname)
        const setHeader = res.setHeader.bind(res)
        res.setHeader = (name, v) => setHeader(name, name.toLowerCase() === 'cache-control' ? value : v)
        res.setHeader('Cache-Control', value)
        next()
      })
    },
  }
}

/** `vite preview` answers the chart's routes with app.html, as `npm run serve` does. */
function chartPageRoutes(): Plugin {
  return {
    name: 'chart-page-routes',
    configurePreviewServer(server) {
      const hasChartPage = existsSync(resolve(server.config.root, server.config.build.outDir, 'app.html'))
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://x')
        const page = pageFor(url.pathname, hasChartPage)
        if (page !== 'index.html') req.url = `/${page}${url.search}`
        next()
      })
    },
  }
}

export default defineConfig(({ mode, command }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env }
  return {
    plugins: [
      react(),
      tailwindcss(),
      cacheByPath(),
      securityHeadersPlugin(env),
      chartChunk('src/app/chart-entry.tsx', ['src/main.tsx', 'src/launch/authorize.ts', 'src/app/ehr-launch-page.tsx', 'src/i18n/catalog-es.ts']),
      chartPage('src/app/chart-entry.tsx'),
      chartPageRoutes(),
      bundleBudget(),
    ],
    resolve: { alias: browserAliases(command === 'build' && mode === 'production') },
    // fhirclient's own switch for browsers that need no polyfills: its fetch comes from `window`.
    define: { FHIRCLIENT_PURE: 'true' },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: {
      // fhirclient and its CommonJS dependencies trip this check harmlessly.
      rolldownOptions: { checks: { commonJsVariableInEsm: false } },
    },
  }
})
