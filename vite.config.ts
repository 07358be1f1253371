import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { contentSecurityPolicy, securityHeaders } from './csp.config.ts'
import { bundleBudget } from './scripts/bundle-budget.ts'

/** The built page carries its CSP as a meta tag; dev keeps none because HMR injects inline scripts. */
function cspMeta(policy: string): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env }
  const sandbox = env.VITE_SANDBOX_URL ?? 'http://localhost:4010'
  return {
    plugins: [react(), tailwindcss(), cspMeta(contentSecurityPolicy(sandbox, env.VITE_BRANDS_URL)), bundleBudget()],
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true, headers: securityHeaders(sandbox, env.VITE_BRANDS_URL) },
    build: {
      // isomorphic-webcrypto (via fhirclient) ships a UMD guard that trips this check harmlessly.
      rolldownOptions: { checks: { commonJsVariableInEsm: false } },
    },
  }
})
