// Kept apart from discovery (which brings fhirclient's request code) so the start page can name
// these errors without loading the OAuth code up front.
export class LaunchError extends Error {
  readonly title: string
  constructor(title: string, message: string) {
    super(message)
    this.title = title
  }
}

/** Shown as its own page: the health system's server, not the app or the user, is the problem. */
export const NO_ANSWER = 'Server did not answer'
