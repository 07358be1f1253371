import type Client from 'fhirclient/lib/Client'
import { setSessionStatus } from './session-status.ts'

/** Refresh this long before expiry so a request never races the deadline. */
const EARLY_MS = 60_000

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired.')
  }
}

const nowSeconds = () => Date.now() / 1000

function canRefresh(client: Client): boolean {
  const t = client.state.tokenResponse
  return !!t?.refresh_token && /\b(offline_access|online_access)\b/.test(String(t.scope ?? ''))
}

export async function validAccessToken(client: Client): Promise<string> {
  const expiresAt = client.state.expiresAt ?? Infinity
  if (expiresAt - EARLY_MS / 1000 <= nowSeconds() && canRefresh(client)) {
    await refreshOrExpire(client)
  } else if (expiresAt <= nowSeconds()) {
    setSessionStatus('expired')
    throw new SessionExpiredError()
  }
  return String(client.state.tokenResponse?.access_token ?? '')
}

async function refreshOrExpire(client: Client): Promise<void> {
  try {
    await client.refresh()
    scheduleRefresh(client)
  } catch {
    setSessionStatus('expired')
    throw new SessionExpiredError()
  }
}

let timer: ReturnType<typeof setTimeout> | undefined

/** Refreshes in the background before expiry, or marks the session expired when it cannot. */
export function scheduleRefresh(client: Client): void {
  clearTimeout(timer)
  const expiresAt = client.state.expiresAt
  if (!expiresAt) return
  const refreshable = canRefresh(client)
  const due = (expiresAt * 1000 - (refreshable ? EARLY_MS : 0)) - Date.now()
  timer = setTimeout(
    () => {
      if (refreshable) refreshOrExpire(client).catch(() => undefined)
      else setSessionStatus('expired')
    },
    Math.max(0, Math.min(due, 2 ** 31 - 1)),
  )
}

export function stopRefresh(): void {
  clearTimeout(timer)
}
