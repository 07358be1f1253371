// Bundler aliases that keep fhirclient (OAuth flow) but drop its Node and legacy-browser polyfills
// from the browser build. `debug` is only dropped from production builds.
const here = (file: string) => new URL(`./${file}`, import.meta.url).pathname

export function browserAliases(production: boolean): { find: RegExp; replacement: string }[] {
  return [
    { find: /^fhirclient$/, replacement: 'fhirclient/lib/entry/browser.js' },
    { find: /^cross-fetch$/, replacement: here('cross-fetch.ts') },
    { find: /^isomorphic-webcrypto$/, replacement: here('webcrypto.ts') },
    { find: /^abortcontroller-polyfill\/dist\/abortcontroller-polyfill-only$/, replacement: here('empty.ts') },
    { find: /^js-base64$/, replacement: here('base64.ts') },
    ...(production ? [{ find: /^debug$/, replacement: here('debug.cjs') }] : []),
  ]
}
