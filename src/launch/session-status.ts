// A tiny external store so any component can react when the session ends.
export type SessionStatus = 'active' | 'expired' | 'signed-out' | 'idle'

let status: SessionStatus = 'active'
const listeners = new Set<() => void>()

export function getSessionStatus(): SessionStatus {
  return status
}

export function setSessionStatus(next: SessionStatus): void {
  if (status === next) return
  status = next
  listeners.forEach((l) => l())
}

export function subscribeSessionStatus(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
