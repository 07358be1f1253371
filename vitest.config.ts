import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'sandbox',
          include: ['mocks/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [react()],
        // fhirclient's package.json "main" is its Node entry, where FHIR.oauth2 is undefined.
        resolve: { alias: [{ find: /^fhirclient$/, replacement: 'fhirclient/lib/entry/browser.js' }] },
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
})
