// Kept apart from discovery (which brings fhirclient's request code) so the pages can name these
// errors without loading the OAuth code up front.
import { launchText, sentence, type LaunchKey, type Text } from '../i18n/launch-text.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Wording } from './failure.ts'

/**
 * Thrown outside React: it carries message keys, worded in both languages so whichever is chosen
 * when it is shown is used. `title` and `message` are the English wording, for logs and tests.
 */
export class LaunchError extends Error {
  readonly title: string
  readonly heading: LaunchKey
  readonly words: Record<Locale, Wording>
  constructor(heading: LaunchKey, ...parts: Array<LaunchKey | Text>) {
    const texts = parts.map((p) => (typeof p === 'string' ? { key: p } : p))
    const word = (locale: Locale) => ({ title: launchText(locale, heading), message: sentence(locale, texts) })
    const words = { en: word('en'), es: word('es') }
    super(words.en.message)
    this.title = words.en.title
    this.heading = heading
    this.words = words
  }
}
