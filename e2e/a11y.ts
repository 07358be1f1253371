import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

/**
 * What one axe check (plus its screenshot) may take on a loaded 2-core machine; it measured 1–3 s idle
 * and up to 5 s with the other core busy. Sweeps size their timeout from it instead of raising the
 * global timeout for every test.
 */
export const AXE_SCREEN_MS = 8_000

/** Timeout for a test that launches once (`setupMs`) and then checks `screens` screens with axe. */
export function sweepTimeout(screens: number, setupMs = 20_000): number {
  return setupMs + screens * AXE_SCREEN_MS
}

/** WCAG 2.1 A/AA checks on what is on screen now; a screenshot of it is kept as a test artifact. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string, frame?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (frame) builder.include(frame)
  const { violations } = await builder.analyze()
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true })
  expect(summary, `axe violations on ${name}`).toEqual([])
}

/** Fails the test on any Content-Security-Policy violation the page reports. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  return violations
}
