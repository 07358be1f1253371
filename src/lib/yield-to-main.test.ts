// Long work in slices: the same result as one pass, with other tasks let in between slices.
import { describe, expect, it } from 'vitest'
import { mapInSlices } from './yield-to-main.ts'

/** A task queued now, as a click or a network callback would be. */
function queueTask(run: () => void) {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    run()
  }
  channel.port2.postMessage(null)
}

/** A clock that moves 1 ms every time it is read, so each slice runs out after a few items. */
const ticking = () => {
  let t = 0
  return () => t++
}

describe('mapInSlices', () => {
  it('gives what one pass gives: order kept, nulls dropped and counted', async () => {
    const items = Array.from({ length: 500 }, (_, i) => i)
    const map = (n: number) => (n % 7 === 0 ? null : n * 2)
    const sliced = await mapInSlices(items, map, 8, ticking())
    const whole = items.map(map).filter((n) => n !== null)
    expect(sliced).toEqual({ items: whole, unreadable: items.length - whole.length })
  })

  it('lets a task queued meanwhile run before it finishes', async () => {
    let ran = false
    queueTask(() => (ran = true))
    let ranBeforeLast = false
    await mapInSlices(Array.from({ length: 200 }, (_, i) => i), (n) => {
      if (n === 199) ranBeforeLast = ran
      return n
    }, 8, ticking())
    expect(ranBeforeLast).toBe(true)
  })

  it('does not give way while the slice still has time left', async () => {
    let ran = false
    queueTask(() => (ran = true))
    let ranBeforeLast = true
    await mapInSlices(Array.from({ length: 200 }, (_, i) => i), (n) => {
      if (n === 199) ranBeforeLast = ran
      return n
    }, 8, () => 0)
    expect(ranBeforeLast).toBe(false)
  })
})
