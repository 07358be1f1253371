// What the start page does not need, loaded on demand: the chart (with the English catalog; another
// language's catalog is fetched alongside when it is the chosen one) and fhirclient's OAuth code.
// Each loader is also a prefetch: calling it early warms the module cache, and hashed assets are
// cached by the browser across the sign-in redirect.
import { getLocale } from '../i18n/locale.ts'

export function loadChart() {
  // In parallel with the chart, not after it: the chart waits for its language before it shows.
  if (getLocale() !== 'en') prefetch(() => import('../i18n/catalog-es.ts'))
  return import('./chart-entry.tsx')
}
export const loadEhrLaunch = () => import('./ehr-launch-page.tsx')
export const loadAuthorize = () => import('../launch/authorize.ts')

/** Starts a download without waiting for it; a failure shows up when the module is really needed. */
export function prefetch(load: () => Promise<unknown>): void {
  load().catch(() => undefined)
}
