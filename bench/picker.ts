// Picker responsiveness: for each keystroke in the health-system search, the time from the key
// event to the frame after the last DOM change it caused (or to the next frame if it changed nothing).
import type { Page } from '@playwright/test'

const QUERIES = ['riverside', 'lakeshore', 'medical center', 'health', 'saint', 'a']

const INSTALL = `(() => {
  const keys = []; const muts = []
  window.__picker = { keys, muts }
  new MutationObserver(() => muts.push(performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  addEventListener('keydown', (e) => {
    const rec = { t0: e.timeStamp, frame: 0 }
    keys.push(rec)
    requestAnimationFrame(() => setTimeout(() => { rec.frame = performance.now() }, 0))
  }, true)
})()`

export interface PickerTimes {
  keystrokes: number
  median: number
  p90: number
  max: number
}

export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN

export async function measurePicker(page: Page): Promise<PickerTimes> {
  await page.goto('/')
  const input = page.getByLabel('Health system, city or portal name')
  await input.waitFor()
  await page.evaluate(INSTALL)
  for (const q of QUERIES) {
    await input.fill('')
    await input.focus()
    // A person's tap on the box comes a moment before the first key.
    await page.waitForTimeout(300)
    await page.keyboard.type(q, { delay: 120 })
    await page.waitForTimeout(300)
  }
  const { keys, muts } = (await page.evaluate('window.__picker')) as { keys: { t0: number; frame: number }[]; muts: number[] }
  const times = keys.map((k, i) => {
    const until = keys[i + 1]?.t0 ?? Infinity
    const last = Math.max(k.frame, ...muts.filter((m) => m >= k.t0 && m < until))
    return last - k.t0
  })
  const sorted = times.sort((a, b) => a - b)
  return { keystrokes: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted[sorted.length - 1] }
}
