// Translation for the screens around sign-in. They use only the launch messages, not the chart's
// catalog, so the start page does not download the chart's strings.
import { useMemo } from 'react'
import { fill, type Params } from './fill.ts'
import { useLocale, type Locale } from './locale.ts'
import { en, es } from './messages/launch.ts'

export type LaunchKey = keyof typeof en

/** A message to be worded in whatever language is chosen when it is shown. */
export interface Text {
  key: LaunchKey
  params?: Params
}

const CATALOGS = { en, es }

export function launchText(locale: Locale, key: LaunchKey, params?: Params): string {
  return fill(CATALOGS[locale][key], params)
}

/** Text that is not the app's own (a server's description, a library's message) is shown as it came. */
export function verbatim(text: string): Text {
  return { key: 'launchError.verbatim', params: { text } }
}

export function sentence(locale: Locale, parts: Text[]): string {
  return parts.map((p) => launchText(locale, p.key, p.params)).join(' ')
}

export function useLaunchText() {
  const locale = useLocale()
  return useMemo(
    () => ({
      locale,
      t: (key: LaunchKey, params?: Params) => launchText(locale, key, params),
      say: (parts: Text[]) => sentence(locale, parts),
    }),
    [locale],
  )
}
