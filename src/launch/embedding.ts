/** Oracle's hosts; PowerChart frames apps from these tenants' `embedded.*.cerner.com` origins. */
export function isOracleHost(fhirBase: string): boolean {
  try {
    return new URL(fhirBase).hostname.endsWith('.cerner.com')
  } catch {
    return false
  }
}

/**
 * PowerChart frames SMART apps and Oracle requires its embeddable library there: the XFC handshake
 * keeps the page hidden unless an Oracle origin frames it (clickjacking defence), and it sizes the
 * frame. Loaded only when framed by an Oracle-hosted launch. The local PowerChart simulator cannot sit
 * on Oracle's allowlisted origins, so XFC would (rightly) keep the app hidden there; it is not loaded.
 * The library needs the `events` package, which webpack used to polyfill for it.
 */
export async function prepareEmbedding(fhirBase: string): Promise<void> {
  if (window.self === window.top || !isOracleHost(fhirBase)) return
  await import('cerner-smart-embeddable-lib')
}
