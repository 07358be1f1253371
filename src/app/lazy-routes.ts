// What the start page does not need, loaded on demand: the chart (with its language catalog) and
// fhirclient's OAuth code. Each loader is also a prefetch: calling it early warms the module cache,
// and hashed assets are cached by the browser across the sign-in redirect.
export const loadChart = () => import('./chart-entry.tsx')
export const loadEhrLaunch = () => import('./ehr-launch-page.tsx')
export const loadAuthorize = () => import('../launch/authorize.ts')

/** Starts a download without waiting for it; a failure shows up when the module is really needed. */
export function prefetch(load: () => Promise<unknown>): void {
  load().catch(() => undefined)
}
