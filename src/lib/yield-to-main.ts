// Gives the main thread back to the browser (input, paint, network callbacks) between slices of a
// long piece of work, so no single task blocks it for long.

interface PostTaskScheduler {
  yield?: () => Promise<void>
}

/** Resolves in a new task: `scheduler.yield` where the browser has it, else a message, else a timer. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  if (typeof MessageChannel === 'function') {
    // A message runs as the next task without setTimeout's clamping after nested timers.
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Time spent before yielding: well under the 50 ms that makes a task "long", even on a slow phone. */
export const SLICE_MS = 8

/**
 * Maps `items` like `Array.map` (dropping nulls), yielding to the main thread whenever a slice has
 * run for `sliceMs`. Order and result are the same as mapping in one go.
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  map: (item: T) => R | null,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<{ items: R[]; unreadable: number }> {
  const out: R[] = []
  let started = now()
  for (let i = 0; i < items.length; i++) {
    const r = map(items[i])
    if (r !== null) out.push(r)
    // Reading the clock every few items keeps its own cost out of the loop.
    if (i % 16 === 15 && now() - started >= sliceMs && i < items.length - 1) {
      await yieldToMain()
      started = now()
    }
  }
  return { items: out, unreadable: items.length - out.length }
}
