import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { browserAliases } from './src/lib/shims/aliases.ts'
import { cacheControlFor, contentSecurityPolicy, securityHeaders } from './csp.config.ts'
import { bundleBudget } from './scripts/bundle-budget.ts'

/** The built page carries its CSP as a meta tag; dev keeps none because HMR injects inline scripts. */
function cspMeta(policy: string): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
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

export default defineConfig(({ mode, command }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env }
  const sandbox = env.VITE_SANDBOX_URL ?? 'http://localhost:4010'
  return {
    plugins: [react(), tailwindcss(), cacheByPath(), cspMeta(contentSecurityPolicy(sandbox, env.VITE_BRANDS_URL)), bundleBudget()],
    resolve: { alias: browserAliases(command === 'build' && mode === 'production') },
    // fhirclient's own switch for browsers that need no polyfills: its fetch comes from `window`.
    define: { FHIRCLIENT_PURE: 'true' },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true, headers: securityHeaders(sandbox, env.VITE_BRANDS_URL) },
    build: {
      // fhirclient and its CommonJS dependencies trip this check harmlessly.
      rolldownOptions: { checks: { commonJsVariableInEsm: false } },
    },
  }
})
