// Picker responsiveness over the whole shipped directory: for each key typed into the health-system
// search, the time from the key event to the start of the frame that paints the last DOM change the
// key caused (the first animation frame after that change), or to the next frame if it changed nothing
// before the next key. A list updated in the key's own task shows in the next frame.
import type { Locator, Page } from '@playwright/test'

/** What people type: names, a misspelling, a city and state, a word that matches hundreds, no match. */
const QUERIES = ['st lukes', 'kansas city mo', 'providance', 'mayo clinic', 'university of wisconsin', 'medical center', 'zzqx']
/** A steady typist: about 8 keys a second. */
const KEY_DELAY_MS = 120

const INSTALL = `(() => {
  const keys = []; const muts = []
  window.__picker = { keys, muts }
  const nextFrame = (rec) => requestAnimationFrame(() => { rec.frame = performance.now() })
  new MutationObserver(() => {
    const rec = { at: performance.now(), frame: Infinity }
    muts.push(rec)
    nextFrame(rec)
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  addEventListener('keydown', (e) => {
    const rec = { t0: e.timeStamp, frame: Infinity }
    keys.push(rec)
    nextFrame(rec)
  }, true)
})()`

export interface PickerTimes {
  /** Entries the picker offers (its own count, from the page). */
  entries: number
  keystrokes: number
  median: number
  p90: number
  max: number
}

export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN

/** Types every query (twice) into `input` and times each key (see INSTALL). */
async function typeAndTime(page: Page, input: Locator): Promise<Omit<PickerTimes, 'entries'>> {
  await page.evaluate(INSTALL)
  // Two passes: more keystrokes make the p90 steadier on a shared machine.
  for (const q of [...QUERIES, ...QUERIES]) {
    await input.fill('')
    await input.focus()
    // A person's tap on the box comes a moment before the first key.
    await page.waitForTimeout(300)
    await page.keyboard.type(q, { delay: KEY_DELAY_MS })
    await page.waitForTimeout(500)
  }
  const { keys, muts } = (await page.evaluate('window.__picker')) as {
    keys: { t0: number; frame: number }[]
    muts: { at: number; frame: number }[]
  }
  const times = keys.map((k, i) => {
    const until = keys[i + 1]?.t0 ?? Infinity
    const caused = muts.filter((m) => m.at >= k.t0 && m.at < until).map((m) => m.frame)
    return Math.max(k.frame, ...caused) - k.t0
  })
  if (process.env.BENCH_DEBUG) process.stderr.write(`bench: keystrokes (ms) ${times.map((t) => Math.round(t)).join(' ')}\n`)
  const sorted = [...times].sort((a, b) => a - b)
  return { keystrokes: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted[sorted.length - 1] }
}

export async function measurePicker(page: Page): Promise<PickerTimes> {
  await page.goto('/')
  const input = page.getByLabel('Health system, city or portal name')
  await input.waitFor()
  // The count line appears once the directories are in: "1,845 health systems".
  const count = page.locator('p[aria-live="polite"]').filter({ hasText: /\d/ })
  await count.waitFor()
  const entries = Number(((await count.textContent()) ?? '').replace(/[^\d]/g, ''))
  return { entries, ...(await typeAndTime(page, input)) }
}

/**
 * The floor: the same typing into a bare text box on an empty page. What is left is the wait for the
 * next frame and the machine's own noise; the picker can only add to it.
 */
export async function measureBareInput(page: Page): Promise<PickerTimes> {
  // A page of its own: the app's policy (Trusted Types) would refuse content written into it.
  await page.goto('about:blank')
  await page.setContent('<input aria-label="bare">')
  return { entries: 0, ...(await typeAndTime(page, page.getByLabel('bare'))) }
}
