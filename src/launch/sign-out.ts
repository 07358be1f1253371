import { audit, serverOf } from './audit.ts'
import { loadLaunchMeta } from './launch-meta.ts'
import { setSessionStatus } from './session-status.ts'
import type { SmartSession } from './smart-session.ts'
import { stopRefresh } from './token-lifecycle.ts'

/**
 * Revokes where the server advertises revocation (the refresh token ends the whole grant), then clears
 * every trace of the session from this tab. Revocation failing must not keep the user signed in.
 */
export async function signOut(session: SmartSession, reason: 'user' | 'idle' = 'user'): Promise<void> {
  stopRefresh()
  const meta = loadLaunchMeta(session.id)
  const state = JSON.parse(sessionStorage.getItem(session.id) ?? '{}') as { tokenResponse?: Record<string, string> }
  const token = state.tokenResponse?.refresh_token ?? state.tokenResponse?.access_token
  if (meta?.revocationEndpoint && token) {
    await fetch(meta.revocationEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    }).catch(() => undefined)
  }
  sessionStorage.clear()
  audit({ type: 'sign-out', server: serverOf(session.fhirBase), reason })
  setSessionStatus(reason === 'idle' ? 'idle' : 'signed-out')
}
