// Kept apart from discovery (which brings fhirclient's request code) so the start page can name
// these errors without loading the OAuth code up front.
import { sentence, verbatim, launchText, type LaunchKey, type Text } from '../i18n/launch-text.ts'

/**
 * Thrown outside React, where the chosen language may still change before it is shown: it carries
 * message keys, worded by the page. `title` and `message` are the English wording, for logs and tests.
 */
export class LaunchError extends Error {
  readonly title: string
  readonly heading: LaunchKey
  readonly parts: Text[]
  constructor(heading: LaunchKey, ...parts: Array<LaunchKey | Text>) {
    const texts = parts.map((p) => (typeof p === 'string' ? { key: p } : p))
    super(sentence('en', texts))
    this.title = launchText('en', heading)
    this.heading = heading
    this.parts = texts
  }
}

/** Shown as its own page: the health system's server, not the app or the user, is the problem. */
export const NO_ANSWER: LaunchKey = 'launchError.noAnswer.title'

export interface Failure {
  heading: LaunchKey
  parts: Text[]
}

/** Any error, as something a page can word: the app's own errors fully, others under `fallback`. */
export function failureOf(e: unknown, fallback: LaunchKey): Failure {
  if (e instanceof LaunchError) return { heading: e.heading, parts: e.parts }
  return { heading: fallback, parts: [verbatim(e instanceof Error ? e.message : String(e))] }
}
