import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { browserAliases } from './src/lib/shims/aliases.ts'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'sandbox',
          include: ['mocks/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [react()],
        // fhirclient's package.json "main" is its Node entry, where FHIR.oauth2 is undefined; the
        // browser build's aliases (polyfills swapped for the platform) apply here too.
        resolve: { alias: browserAliases(false) },
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.clock.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          // A panel test renders through lazy imports, MSW and the in-process sandbox: up to ~2.5 s for the
          // first test of a file on an idle 2-core machine, so the 5 s default left no room for a second
          // busy process. Tests with more work than that carry their own budget (mocks/testing/budgets.ts).
          testTimeout: 10_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: browserAliases(false) },
        // Tests that fake the clock before React loads, so React's scheduler runs on it: no setup file,
        // which would load React (through Testing Library) first.
        test: { name: 'app-clock', include: ['src/**/*.clock.test.{ts,tsx}'], environment: 'jsdom' },
      },
    ],
  },
})
