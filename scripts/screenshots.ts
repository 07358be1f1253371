// Screenshots of the Summary, Labs and Vitals in patient mode (360 px phone, standalone launch) and in
// clinician mode (EHR launch in the simulator's 800 px frame), taken against a sandbox and a production
// build that are already running. Used for the before/after set in docs/screenshots/.
// Usage: npm run screenshots -- --out <dir> [--app <url>] [--sandbox <url>] [--date <ISO date>]
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, expect, type Frame, type Locator, type Page } from '@playwright/test'
import { chromiumExecutable } from '../e2e/browser.ts'
import { chooseHealthSystem, consent, LOCAL_EPIC, signIn } from '../e2e/flows.ts'
import { APP, SANDBOX } from '../e2e/ports.ts'

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    app: { type: 'string', default: process.env.SCREENSHOTS_APP_URL ?? APP },
    sandbox: { type: 'string', default: process.env.SCREENSHOTS_SANDBOX_URL ?? SANDBOX },
    // The synthetic records' own "today" (mocks/data/fact-builders.ts), so ages, "3 weeks ago" and the
    // 90-day windows read the same on every run.
    date: { type: 'string', default: '2026-11-01T12:00:00Z' },
  },
})
if (!args.out) {
  console.error('Usage: npm run screenshots -- --out <dir> [--app <url>] [--sandbox <url>] [--date <ISO date>]')
  process.exit(2)
}
const OUT = args.out
const NOW = new Date(args.date!)
if (Number.isNaN(NOW.getTime())) {
  console.error(`--date is not a date: ${args.date}`)
  process.exit(2)
}
// Heights keep the whole before/after set near 1.5 MB: the Summary, the densest screen, gets the most.
const MAX_HEIGHT = 1600
const SECTION_HEIGHT = 1000
const PHONE = { width: 360, height: 780 }
// The simulator's narrowest EHR frame is 800 px; the page around it adds the EHR's bar and banner.
const EHR_FRAME = { width: 800, height: 900 }
const LORRAINE = 'Lorraine Folake Adeyemi'
// Older builds show Walter without the "Sr." suffix his record carries.
const WALTER = /^Walter Ingvald Lindqvist/
const TIMEOUT = 30_000

const simulatorUrl = () => {
  const url = new URL('/ehr', args.sandbox)
  // The simulator must be cross-site to the app; it redirects there anyway, this saves the hop.
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1'
  return url.toString()
}

/** Waits until the screen has its data: no network in flight, no skeleton pulse, no progress bar. */
async function settle(target: Page | Frame) {
  await target.waitForLoadState('networkidle')
  await expect.poll(() => target.locator('.animate-pulse, [role="progressbar"]').count(), { timeout: TIMEOUT }).toBe(0)
  await target.evaluate(() => document.fonts.ready.then(() => undefined))
}

const written: string[] = []

/** The page from `top` down, as tall as its content up to `maxHeight`. */
async function shoot(page: Page, name: string, top = 0, maxHeight = MAX_HEIGHT) {
  const { width } = page.viewportSize()!
  const height = Math.min(maxHeight, (await page.evaluate(() => document.documentElement.scrollHeight)) - top)
  const path = join(OUT, `${name}.png`)
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: top, width, height }, animations: 'disabled', caret: 'hide' })
  written.push(path)
}

/** Where `el` starts on the page, with a little room above it. */
async function pageTop(el: Locator): Promise<number> {
  return el.evaluate((node) => Math.max(0, Math.floor(node.getBoundingClientRect().top + window.scrollY) - 24))
}

/** What the EHR window shows: its bar and banner, and the app in its frame. */
async function shootWindow(page: Page, name: string) {
  const path = join(OUT, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  written.push(path)
}

async function go(target: Page | Frame, section: string) {
  await target.getByRole('navigation').getByRole('link', { name: section, exact: true }).click()
  await expect(target.getByRole('heading', { name: section, level: 2 }).first()).toBeVisible({ timeout: TIMEOUT })
  await settle(target)
}

/** A patient's standalone launch at the local Epic sandbox, on a phone-sized page. */
async function signInOnPhone(page: Page, user: string, name: string | RegExp) {
  await page.setViewportSize(PHONE)
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, user)
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText(name, { timeout: TIMEOUT })
}

async function patientScreens(page: Page) {
  await signInOnPhone(page, 'lorraine', LORRAINE)
  await settle(page)
  await shoot(page, 'patient-lorraine-summary')
  for (const section of ['Labs', 'Vitals']) {
    await go(page, section)
    // From the section's heading: the banner and menu above it are in the Summary shot already.
    await shoot(page, `patient-lorraine-${section.toLowerCase()}`, await pageTop(page.getByRole('heading', { name: section, level: 2 }).first()), SECTION_HEIGHT)
  }
}

async function walterVitals(page: Page) {
  await signInOnPhone(page, 'walter', WALTER)
  await go(page, 'Vitals')
  // Every page of readings, not the first few hundred.
  await expect(page.getByText(/readings loaded\.$/)).toBeVisible({ timeout: 60_000 })
  await settle(page)
  await shoot(page, 'patient-walter-vitals', await pageTop(page.getByRole('heading', { name: 'Vitals', level: 2 }).first()), SECTION_HEIGHT)
  // Builds with range buttons open on a short range; the whole history is the comparable view.
  const all = page.getByRole('group', { name: 'Time shown' }).getByRole('radio', { name: 'All' })
  if ((await all.count()) > 0) {
    // The radio sits under its styled label; the keyboard reaches it as a person's would.
    await all.focus()
    await page.keyboard.press('Space')
    await expect(all).toBeChecked()
    await settle(page)
    // The trends only: the top of the page is the same as in the shot before.
    await shoot(page, 'patient-walter-vitals-all', await pageTop(page.getByRole('heading', { name: 'Trends' })), 800)
  }
}

async function clinicianScreens(page: Page) {
  await page.setViewportSize(EHR_FRAME)
  await page.goto(simulatorUrl())
  await page.getByLabel('EHR', { exact: true }).selectOption('epic')
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: `${LORRAINE}, born 1968-03-22` })
  await page.getByRole('button', { name: 'Launch app' }).click()
  const iframe = page.locator('iframe[title="SMART app"]')
  // Exactly the frame width, with no page scrollbar taking from it.
  await page.evaluate(() => void (document.documentElement.style.overflow = 'hidden'))
  await iframe.evaluate((el: HTMLElement) => void (el.style.width = '800px'))
  const frame = (await (await iframe.elementHandle())!.contentFrame())!
  await expect(frame.getByRole('heading', { name: 'Summary' })).toBeVisible({ timeout: TIMEOUT })
  await expect(frame.getByText('Penicillin', { exact: false }).first()).toBeVisible()
  await settle(frame)
  await shootWindow(page, 'clinician-lorraine-summary')

  await go(frame, 'Labs')
  // Keyboard, as in the e2e journey: the trend opens from the Potassium row's button.
  const potassium = frame.getByRole('button', { name: /^Potassium/ }).first()
  await potassium.focus()
  await potassium.press('Enter')
  const trend = frame.getByRole('img', { name: /Potassium/ }).first()
  await expect(trend).toBeVisible({ timeout: TIMEOUT })
  await settle(frame)
  // The chart at the foot of the frame, with the table rows it was opened from above it.
  await trend.evaluate((el) => el.scrollIntoView({ block: 'end' }))
  await shootWindow(page, 'clinician-lorraine-labs-trend')

  await go(frame, 'Vitals')
  await shootWindow(page, 'clinician-lorraine-vitals')
}

mkdirSync(OUT, { recursive: true })
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  // As in playwright.config.ts: third-party storage partitioned, as in the EHRs' embedded browsers.
  args: ['--disable-features=TrackingProtection3pcd', '--disable-gpu', '--no-first-run'],
})
try {
  for (const run of [patientScreens, walterVitals, clinicianScreens]) {
    // A fresh context per journey: no session or remembered choice carries over between them.
    const context = await browser.newContext({ baseURL: args.app, locale: 'en-US', timezoneId: 'UTC', colorScheme: 'light', deviceScaleFactor: 1 })
    await context.clock.setFixedTime(NOW)
    await run(await context.newPage())
    await context.close()
  }
} finally {
  await browser.close()
}
let total = 0
for (const path of written) {
  const size = statSync(path).size
  total += size
  console.log(`${path}  ${Math.round(size / 1024)} KB`)
}
console.log(`${written.length} files, ${Math.round(total / 1024)} KB`)
