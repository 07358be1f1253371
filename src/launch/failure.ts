// How a page words any error, without importing the launch messages: the start page shows launch
// errors but must not download the catalog that words them (a LaunchError brings its own wording).
import type { Locale } from '../i18n/locale.ts'

export interface Wording {
  title: string
  message: string
}

/** Shown as its own page: the health system's server, not the app or the user, is the problem. */
export const NO_ANSWER = 'launchError.noAnswer.title'

export function wordingOf(e: unknown, locale: Locale, fallbackTitle: string): Wording {
  const words = (e as { words?: Record<Locale, Wording> } | undefined)?.words
  if (words) return words[locale]
  return { title: fallbackTitle, message: e instanceof Error ? e.message : String(e) }
}

export function isNoAnswer(e: unknown): boolean {
  return (e as { heading?: unknown } | undefined)?.heading === NO_ANSWER
}
