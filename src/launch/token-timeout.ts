// fhirclient gives its token requests no time limit: a token endpoint that never answers would keep
// sign-in on "Finishing sign-in…" for good, and every FHIR request waits for a refresh under way.

/** As long as one attempt of a FHIR request gets (DEFAULT_TIMEOUT_MS in src/fhir/http.ts). */
export const TOKEN_TIMEOUT_MS = 30_000

export class TokenTimeoutError extends Error {
  constructor(ms: number) {
    super(`The token endpoint did not answer within ${ms / 1000} s`)
    this.name = 'TokenTimeoutError'
  }
}

/**
 * A signal that aborts after `ms` with a TokenTimeoutError. Built on setTimeout rather than
 * AbortSignal.timeout so that fake clocks (Vitest's, Playwright's) drive it; `clear` stops the timer.
 */
export function tokenDeadline(ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TokenTimeoutError(ms)), ms)
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}
