// What the app itself remembers about a launch in progress, next to fhirclient's own state.
// sessionStorage only: one tab, gone with it. No tokens here.

export interface LaunchMeta {
  endpointId: string
  kind: 'ehr' | 'standalone'
  requestedScope: string
  revocationEndpoint?: string
  /** RFC 9207: the authorization server's issuer, and whether it promised to send `iss` back. */
  issuer?: string
  issRequired?: boolean
  authorizeOrigin?: string
}

const key = (stateKey: string) => `chart-lens:launch:${stateKey}`

export function saveLaunchMeta(stateKey: string, meta: LaunchMeta): void {
  sessionStorage.setItem(key(stateKey), JSON.stringify(meta))
}

export function loadLaunchMeta(stateKey: string): LaunchMeta | undefined {
  try {
    return JSON.parse(sessionStorage.getItem(key(stateKey)) ?? 'null') ?? undefined
  } catch {
    return undefined
  }
}

export function removeLaunchMeta(stateKey: string): void {
  sessionStorage.removeItem(key(stateKey))
}
