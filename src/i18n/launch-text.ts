// The messages around sign-in other than the start page's, with the lazily loaded pages and the
// launch code that use them.
import { fill, type Params } from './fill.ts'
import type { Locale } from './locale.ts'
import { en, es } from './messages/launch.ts'

export type LaunchKey = keyof typeof en

/** A message to be worded in whatever language is chosen when it is shown. */
export interface Text {
  key: LaunchKey
  params?: Params
}

// Pages word these with useText(LAUNCH_CATALOGS); this module stays free of React so the launch code
// that throws LaunchErrors does not pull it in.
export const LAUNCH_CATALOGS = { en, es }

export function launchText(locale: Locale, key: LaunchKey, params?: Params): string {
  return fill(LAUNCH_CATALOGS[locale][key], params)
}

/** Text that is not the app's own (a server's description, a library's message) is shown as it came. */
export function verbatim(text: string): Text {
  return { key: 'launchError.verbatim', params: { text } }
}

export function sentence(locale: Locale, parts: Text[]): string {
  return parts.map((p) => launchText(locale, p.key, p.params)).join(' ')
}
