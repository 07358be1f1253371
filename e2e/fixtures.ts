// Every e2e test fails on a console error, an uncaught page error, or a failed request to the app's own
// origin, unless the test says it expects that one (`problems.expect(/…/)`). A screen can look right
// while it throws in the background; this is where that shows.
import { test as base, type Page } from '@playwright/test'
import { APP } from './ports.ts'

export { expect } from '@playwright/test'

export interface Problems {
  /** Declares a problem this test provokes on purpose; matched against the problem's text. */
  expect(pattern: RegExp): void
}

function isAppRequest(url: string): boolean {
  return url.startsWith(`${APP}/`) || url === APP
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ context }, use) => {
      const seen: string[] = []
      const expected: RegExp[] = []
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error') seen.push(`console error: ${m.text()} (${m.location().url || page.url()})`)
        })
        page.on('pageerror', (e) => seen.push(`uncaught error: ${e.message}`))
        page.on('requestfailed', (r) => {
          // A navigation or an abort (leaving a page, cancelling a stream) is not a failure the user sees.
          const reason = r.failure()?.errorText ?? ''
          if (isAppRequest(r.url()) && reason !== 'net::ERR_ABORTED') seen.push(`request failed: ${r.method()} ${r.url()} ${reason}`)
        })
        page.on('response', (r) => {
          if (isAppRequest(r.url()) && r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`)
        })
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use({ expect: (pattern) => expected.push(pattern) })
      const unexpected = seen.filter((p) => !expected.some((re) => re.test(p)))
      if (unexpected.length) throw new Error(`Unexpected problems during the test:\n${unexpected.join('\n')}`)
    },
    { auto: true },
  ],
})
