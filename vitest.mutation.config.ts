import { defineConfig } from 'vitest/config'

// The "app" project of vitest.config.ts, narrowed to the tests of the mutated folders, for
// `npm run test:mutation` (Stryker). The sandbox project tests mocks/, which Stryker does not mutate. The
// panel tests in src/features and src/app are left out: their 1 s waits time out under instrumentation, and
// the launch, FHIR and domain modules should be pinned by their own tests. Two slow tests are left out
// because they cannot tell a mutant from the original for their cost: the CLI test runs
// scripts/normalize.ts in a child process (Stryker activates mutants only in the test process), and the
// mappers property test checks "never throws" over 12,000 generated resources (5 s per mutant it covers).
export default defineConfig({
  // fhirclient's package.json "main" is its Node entry, where FHIR.oauth2 is undefined.
  resolve: { alias: [{ find: /^fhirclient$/, replacement: 'fhirclient/lib/entry/browser.js' }] },
  test: {
    name: 'app',
    include: ['src/{launch,fhir,domain}/**/*.test.{ts,tsx}'],
    exclude: ['src/domain/normalize-cli.test.ts', 'src/domain/mappers.property.test.ts'],
    // Most of these tests need no DOM; building jsdom for every file on every mutant dominated the run
    // time. Tests that need one say so with `// @vitest-environment jsdom`. They render nothing, so the
    // Testing Library setup file is not loaded either.
    environment: 'node',
  },
})
