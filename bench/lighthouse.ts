// Lighthouse (performance category only) on the start page and on the Summary, with its mobile preset
// (the default: a mid-range phone, simulated slow 4G and 4× slower CPU) and its desktop preset.
//
// The Summary needs a signed-in tab, and the session lives in that tab's sessionStorage. So Playwright
// signs in through the real launch in a Chromium that also listens for DevTools on a loopback port,
// and Lighthouse then runs in navigation mode in that same tab: it reloads /app, which is what a
// person's reload does, and the Summary loads from the session as it would for them. Storage is
// kept (Lighthouse would clear it) and the HTTP cache is emptied by hand, so the load is a cold one.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import lighthouse, { type Config, type Flags } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core'
import { chromiumExecutable } from '../e2e/browser.ts'
import { launch, summaryComplete, type Vendor } from './flows.ts'

export type Preset = 'mobile' | 'desktop'
export interface LighthouseRow {
  page: 'start' | 'summary'
  preset: Preset
  score: number
  lcp: number
  cls: number
  tbt: number
  fcp: number
}

const PRESETS: Record<Preset, Config | undefined> = { mobile: undefined, desktop: desktopConfig }


/**
 * BENCH_LIGHTHOUSE_DIR=<dir> keeps each full report there as JSON (for Lighthouse's viewer), and the
 * trace it scored as `<name>.trace.json` (`npm run bench:trace -- <file>` prints it as a timeline).
 */
function keep(name: string, report: string | string[], trace: unknown) {
  const dir = process.env.BENCH_LIGHTHOUSE_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.json`), Array.isArray(report) ? report[0] : report)
  if (trace) writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify(trace))
}

async function audit(url: string, page: PuppeteerPage, preset: Preset, keepStorage: boolean, name: string) {
  const flags: Flags = { logLevel: 'error', output: 'json', onlyCategories: ['performance'], disableStorageReset: keepStorage }
  const result = await lighthouse(url, flags, PRESETS[preset], page)
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  keep(`${name}-${preset}`, result.report, result.artifacts.Trace)
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    score: lhr.categories.performance?.score ?? NaN,
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
  }
}

/** The Puppeteer handle of the tab Playwright drives (the one at `url`). */
async function sameTab(browser: PuppeteerBrowser, url: string): Promise<PuppeteerPage> {
  const tab = (await browser.pages()).find((p) => p.url() === url)
  if (!tab) throw new Error(`no tab at ${url} among ${(await browser.pages()).map((p) => p.url()).join(', ')}`)
  return tab
}

async function signedIn(context: BrowserContext, vendor: Vendor): Promise<Page> {
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await launch(page, vendor, 'lorraine')
  await page.waitForFunction(summaryComplete, undefined, { timeout: 120_000, polling: 100 })
  return page
}

/** Rows for what ran, and one line per audit that could not run (with why). */
export async function runLighthouse(appUrl: string, debugPort: number, browserArgs: string[], log: (s: string) => void): Promise<{ rows: LighthouseRow[]; errors: string[] }> {
  const context = await chromium.launchPersistentContext('', {
    baseURL: appUrl,
    executablePath: chromiumExecutable(),
    args: [...browserArgs, `--remote-debugging-port=${debugPort}`, '--remote-debugging-address=127.0.0.1'],
  })
  const rows: LighthouseRow[] = []
  const errors: string[] = []
  const attempt = async (what: string, run: () => Promise<void>) => {
    log(`lighthouse, ${what}`)
    try {
      await run()
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
    }
  }
  let browser: PuppeteerBrowser | undefined
  try {
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${debugPort}`, defaultViewport: null })
    const b = browser
    for (const preset of ['mobile', 'desktop'] as const) {
      await attempt(`start page, ${preset}`, async () => {
        const tab = await b.newPage()
        rows.push({ page: 'start', preset, ...(await audit(`${appUrl}/`, tab, preset, false, 'start')) })
        await tab.close()
      })
      await attempt(`Summary (Epic, Lorraine), ${preset}`, async () => {
        const page = await signedIn(context, 'epic')
        const url = page.url()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Network.clearBrowserCache')
        await cdp.detach()
        rows.push({ page: 'summary', preset, ...(await audit(url, await sameTab(b, url), preset, true, 'summary')) })
        await page.close()
      })
    }
  } catch (e) {
    errors.push(e instanceof Error ? e.message.split('\n')[0] : String(e))
  } finally {
    await browser?.disconnect()
    await context.close()
  }
  return { rows, errors }
}
