import { describe, expect, it } from 'vitest'
import { readAhead } from './read-ahead.ts'

function pages(log: string[], count: number, failAt?: number) {
  return (async function* () {
    for (let i = 1; i <= count; i++) {
      log.push(`request ${i}`)
      await new Promise((r) => setTimeout(r, 5))
      if (i === failAt) throw new Error(`page ${i} failed`)
      log.push(`arrived ${i}`)
      yield i
    }
  })()
}

describe('readAhead', () => {
  it('requests page n+1 before page n is processed, and keeps the order', async () => {
    const log: string[] = []
    const seen: number[] = []
    for await (const n of readAhead(pages(log, 3))) {
      log.push(`process ${n}`)
      seen.push(n)
    }
    expect(seen).toEqual([1, 2, 3])
    expect(log.indexOf('request 2')).toBeLessThan(log.indexOf('process 1'))
    expect(log.indexOf('request 3')).toBeLessThan(log.indexOf('process 2'))
  })

  it('a failed page surfaces after the pages before it were handed on', async () => {
    const seen: number[] = []
    await expect(
      (async () => {
        for await (const n of readAhead(pages([], 3, 2))) seen.push(n)
      })(),
    ).rejects.toThrow('page 2 failed')
    expect(seen).toEqual([1])
  })

  it('stopping early requests nothing past the page already in flight', async () => {
    const log: string[] = []
    for await (const n of readAhead(pages(log, 5))) if (n === 1) break
    await new Promise((r) => setTimeout(r, 30))
    expect(log.filter((l) => l.startsWith('request'))).toEqual(['request 1', 'request 2'])
  })
})
