// npm run bench:trace: one cold reload of the Summary (Epic, Lorraine) on a phone-sized page, traced by
// Chromium, printed as a timeline: each request as it is sent, first paint, each largest-paint candidate
// and every main-thread task over the threshold with what it spent its time on. It is what the first-screen
// work in the README was found with; like `npm run bench`, it is never a pass/fail test.
//
// `npm run bench:trace -- <file>` prints a trace kept earlier (BENCH_LIGHTHOUSE_DIR) instead.
//
// BENCH_TRACE_CPU (default 4) slows the CPU that many times, as Lighthouse's phone preset does;
// BENCH_TRACE_TASK_MS (default 50) is the shortest task listed; BENCH_TRACE_UNMINIFIED=1 builds without
// minification (into dist-trace/, not held to the bundle budget) so function names are readable.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { chromiumExecutable } from '../e2e/browser.ts'
import { launch, MOBILE, openPage, summaryComplete } from './flows.ts'
import { benchPorts, startApp, startSandbox } from './servers.ts'
import { timeline, type TraceEvent } from './timeline.ts'

const cpu = Number(process.env.BENCH_TRACE_CPU ?? 4)
const taskMs = Number(process.env.BENCH_TRACE_TASK_MS ?? 50)
const ports = benchPorts()
const appUrl = `http://localhost:${ports.app}`

async function main() {
  process.env.VITE_SANDBOX_URL = `http://localhost:${ports.sandbox}`
  process.env.VITE_SHOW_SANDBOX = '1'
  const outDir = 'dist-trace'
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, ...(process.env.BENCH_TRACE_UNMINIFIED && { minify: false }) } })
  const sandbox = await startSandbox(ports.sandbox, appUrl)
  const app = await startApp(outDir, ports)
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu'] })
  try {
    const { page, cdp } = await openPage(browser, appUrl, MOBILE)
    await launch(page, 'epic', 'lorraine')
    await page.getByTestId('patient-name').waitFor()
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing', 'v8.execute']
    await browser.startTracing(page, { categories })
    await page.reload()
    await page.waitForFunction(summaryComplete, undefined, { polling: 100, timeout: 60_000 })
    await page.waitForTimeout(500)
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
    console.log(`Cold reload of /app, CPU ÷${cpu}, tasks of ${taskMs} ms or more (ms from navigation start)`)
    for (const line of timeline(events, { taskMs, origin: appUrl })) console.log(line)
  } finally {
    await browser.close()
    await app.close()
    await new Promise((r) => sandbox.close(r))
  }
}

/** A trace Lighthouse kept (see BENCH_LIGHTHOUSE_DIR): printed as it is, with its own URLs. */
function printSaved(file: string) {
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const page = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isMainFrame)?.args?.data?.documentLoaderURL
  console.log(`${file}, tasks of ${taskMs} ms or more (ms from navigation start)`)
  for (const line of timeline(events, { taskMs, origin: page ? new URL(page).origin : appUrl })) console.log(line)
}

const saved = process.argv[2]
;(saved ? Promise.resolve(printSaved(saved)) : main()).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
