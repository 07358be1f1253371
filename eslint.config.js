import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const VENDOR = '/\\b(epic|cerner|oracle)\\b/i'
const VENDOR_ID = '/(epic|cerner|oracle)/i'

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'dist-e2e-*', 'dist-shots', 'dist-bench', 'dist-bench-floor', 'dist-trace', 'node_modules', 'playwright-report', 'test-results', 'public/mockServiceWorker.js', '.stryker-tmp', 'reports', 'soak-logs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Tokens and PHI never go to localStorage.' }],
      'no-restricted-properties': ['error', { object: 'window', property: 'localStorage', message: 'Tokens and PHI never go to localStorage.' }],
    },
  },
  {
    // The remembered health-system choice (a public directory entry, never PHI or tokens) is the one
    // thing kept across visits on this device (its test checks what is kept there).
    files: ['src/launch/last-choice.ts', 'src/launch/last-choice.test.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The chosen language, a UI preference that must outlive sign-out, is kept the same way (and its
    // test checks where it is kept).
    files: ['src/i18n/locale.ts', 'src/app/spanish-screens.test.tsx'],
    rules: { 'no-restricted-globals': 'off' },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Only the launch module talks to fhirclient's OAuth API; everything else sees a typed session.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/launch/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['fhirclient', 'fhirclient/*'], message: 'Only src/launch may import fhirclient.' }] },
      ],
    },
  },
  {
    // Vendor knowledge lives in src/fhir/adapters (and endpoint config in src/launch); features never branch on it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/fhir/adapters/**', 'src/launch/**', 'src/**/*.test.{ts,tsx}', 'src/**/test-fixtures.ts', 'src/fhir/testing/**', 'src/domain/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${VENDOR}]`, message: 'Vendor names belong in src/fhir/adapters.' },
        { selector: `TemplateElement[value.raw=${VENDOR}]`, message: 'Vendor names belong in src/fhir/adapters.' },
        { selector: `Identifier[name=${VENDOR_ID}]`, message: 'Vendor names belong in src/fhir/adapters.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, or sanitize through the narrative module.' },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'server/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
)
