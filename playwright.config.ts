import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable } from './e2e/browser.ts'
import { APP, E2E_APP_PORT, E2E_SANDBOX_PORT, SANDBOX } from './e2e/ports.ts'

const E2E_DIST = E2E_APP_PORT === 4173 ? 'dist-e2e' : `dist-e2e-${E2E_APP_PORT}`

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One sandbox serves every test and some tests inject faults into it, so tests run one at a time.
  workers: 1,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: { baseURL: APP, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Chromium 156 blocks third-party storage by default; Chrome stable and Edge WebView2 (what
          // Hyperspace and PowerChart embed) partition it instead. Tests of the blocked case opt back in.
          args: ['--disable-features=TrackingProtection3pcd', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'npx tsx mocks/server/main.ts',
      url: `${SANDBOX}/`,
      reuseExistingServer: false,
      env: { SANDBOX_PORT: String(E2E_SANDBOX_PORT), APP_URL: APP, SANDBOX_REDIRECT_URIS: `${APP}/callback` },
    },
    {
      // Production build, then the deploy-time file written into it (no rebuild), served by `npm run serve`'s server.
      // One output folder per app port, so two e2e runs on other ports never serve each other's build.
      command: `npx vite build --outDir ${E2E_DIST} --emptyOutDir && npx tsx e2e/deploy-config.ts ${E2E_DIST} && npx tsx server/serve.ts --dir ${E2E_DIST} --port ${E2E_APP_PORT} --host localhost`,
      url: APP,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { VITE_SANDBOX_URL: SANDBOX },
    },
  ],
})
