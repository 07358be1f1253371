// Shared clinical workstations: a session nobody touches ends on its own (HIPAA automatic logoff).

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export function idleMinutes(): number {
  const configured = Number(import.meta.env.VITE_IDLE_MINUTES)
  return Number.isFinite(configured) && configured > 0 ? configured : 15
}

/** Calls `onIdle` once after `minutes` without user input; returns a function that stops watching. */
export function watchIdle(minutes: number, onIdle: () => void, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout>
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      stop()
      onIdle()
    }, minutes * 60_000)
  }
  const stop = () => {
    clearTimeout(timer)
    ACTIVITY.forEach((e) => target.removeEventListener(e, arm))
  }
  ACTIVITY.forEach((e) => target.addEventListener(e, arm, { passive: true }))
  arm()
  return stop
}
