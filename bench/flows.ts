// A standalone patient launch as a person does it: pick the health system, sign in, allow.
import type { Browser, BrowserContextOptions, CDPSession, Page } from '@playwright/test'
import { PROBE_SCRIPT, READ_PAGE, type PageTimes } from './probe.ts'

export type Vendor = 'epic' | 'cerner'
export const SYSTEMS: Record<Vendor, { search: string; name: RegExp }> = {
  epic: { search: 'riverside', name: /Riverside Health \(local Epic sandbox\)/ },
  cerner: { search: 'lakeshore', name: /Lakeshore Medical \(local Cerner sandbox\)/ },
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 }
export const MOBILE: BrowserContextOptions = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }

export interface Opened {
  page: Page
  cdp: CDPSession
  close: () => Promise<void>
}

export async function openPage(browser: Browser, appUrl: string, options: BrowserContextOptions = DESKTOP, cpuRate = 1): Promise<Opened> {
  const context = await browser.newContext({ ...options, baseURL: appUrl })
  await context.addInitScript(PROBE_SCRIPT)
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const cdp = await context.newCDPSession(page)
  if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
  return { page, cdp, close: () => context.close() }
}

/** Start page → health system → sign-in → consent; resolves once the app is on /app. */
export async function launch(page: Page, vendor: Vendor, username: string, onApp?: () => Promise<void>): Promise<void> {
  await page.goto('/')
  await page.getByLabel('Health system, city or portal name').fill(SYSTEMS[vendor].search)
  // In the results: a "last used" button above them may name the same system.
  await page.locator('#health-system-results').getByRole('button', { name: SYSTEMS[vendor].name }).click()
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill('sandbox1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Allow' }).click()
  await page.waitForURL('**/app**')
  await onApp?.()
}

export async function waitForMark(page: Page, mark: 'summary' | 'vitals', timeout = 120_000): Promise<PageTimes> {
  // A function, not a string: the app's CSP forbids eval, which a string predicate would need.
  await page.waitForFunction((m) => (window as unknown as { __bench?: { marks: Record<string, number> } }).__bench?.marks[m] !== undefined, mark, {
    timeout,
    polling: 50,
  })
  return (await page.evaluate(READ_PAGE)) as PageTimes
}

/** The Summary has its four parts, no skeleton, and the patient banner (as bench/probe.ts checks it); runs in the page. */
export function summaryComplete(): boolean {
  const s = document.querySelector('section[aria-labelledby="summary-title"]')
  return !!s && s.querySelectorAll('[data-part]').length >= 4 && !s.querySelector('.animate-pulse') && !!document.querySelector('[data-testid="patient-name"]')
}
