// The authorization server's answer arrives in the URL. It is read once, before the first render,
// and removed from the address bar and history so the code never lingers (reload, back, referrer).

export interface RedirectParams {
  code?: string
  state?: string
  error?: string
  errorDescription?: string
  errorUri?: string
  /** RFC 9207: the authorization server that sent this answer. */
  iss?: string
}

let captured: RedirectParams | undefined

export function captureRedirectParams(location: Location = window.location): RedirectParams {
  if (captured) return captured
  const q = new URLSearchParams(location.search)
  const get = (k: string) => q.get(k) ?? undefined
  captured = {
    code: get('code'),
    state: get('state'),
    error: get('error'),
    errorDescription: get('error_description'),
    errorUri: get('error_uri'),
    iss: get('iss'),
  }
  if (location.pathname === '/callback' && location.search) {
    window.history.replaceState(null, '', location.pathname)
  }
  return captured
}

/** For tests that simulate several page loads in one module instance. */
export function resetCapturedRedirect(): void {
  captured = undefined
}
