// Mutation testing for the launch, FHIR and domain code: `npm run test:mutation` (see README, Testing).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/launch/**/*.ts',
    'src/fhir/**/*.ts',
    'src/domain/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.d.ts',
    '!src/**/test-fixtures.ts',
    '!src/fhir/testing/**',
    '!src/launch/testing/**',
    '!src/domain/testing/**',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants run every test (13% of the mutants, 61% of the time): they are
  // reported as ignored and left out of the score so a run stays under 30 minutes on 2 cores.
  ignoreStatic: true,
  // Results are reused for mutants whose code and covering tests did not change (the file is git-ignored,
  // see README); `npm run test:mutation -- --force` runs every mutant again.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
}
