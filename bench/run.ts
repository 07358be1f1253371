// npm run bench: builds the app and the floor, starts the emulator and `vite preview` behind delay
// wrappers on loopback, drives Chromium through real launches and prints every figure side by side.
// Bounded: each wait has a timeout and the whole run stops itself after BENCH_TIME_LIMIT_S (900 s).
import { chromium, type Browser } from '@playwright/test'
import { build } from 'vite'
import { chromiumExecutable } from '../e2e/browser.ts'
import { ehrLaunchRun } from './ehr-launch.ts'
import { DESKTOP, launch, MOBILE, openPage, waitForMark, type Vendor } from './flows.ts'
import { runLighthouse } from './lighthouse.ts'
import { normalizeSpeed } from './normalize-speed.ts'
import { measureBareInput, measurePicker, quantile } from './picker.ts'
import { clsOf, countWaves, roundTripsOf, tbtOf, type PageTimes } from './probe.ts'
import { benchPorts, setRtt, startApp, startSandbox } from './servers.ts'
import { buildFloor, firstLoad } from './sizes.ts'
import { print, type Report } from './report.ts'

const limit = setTimeout(() => {
  console.error('bench: time limit reached, stopping')
  process.exit(2)
}, Number(process.env.BENCH_TIME_LIMIT_S ?? 900) * 1000)

const VENDORS: Vendor[] = ['epic', 'cerner']
const BROWSER_ARGS = ['--disable-features=TrackingProtection3pcd', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const RTTS = [0, 100, 300]
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2)
/** BENCH_ONLY=summary,ehr,layout,history,picker,normalize,lighthouse runs a subset (sizes are always printed). */
const only = (part: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part)
const ports = benchPorts()
const APP_URL = `http://localhost:${ports.app}`
const SANDBOX_URL = `http://localhost:${ports.sandbox}`
const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5)
const log = (s: string) => process.stderr.write(`bench: ${s}\n`)

/** Time zero of a launch: the browser starts fetching /callback (after the sign-in server's redirect). */
const callbackStart = (p: PageTimes) => p.nav.fetchStart
const fromSandbox = (p: PageTimes) => p.resources.filter((r) => r.name.startsWith(SANDBOX_URL))
/** Requests that went to the network: the app's own files served from the browser cache are left out. */
const fromNetwork = (p: PageTimes) => p.resources.filter((r) => !(r.name.startsWith(APP_URL) && r.transferSize === 0))

async function summaryRun(browser: Browser, vendor: Vendor, rtt: number) {
  setRtt(rtt)
  const o = await openPage(browser, APP_URL)
  try {
    await launch(o.page, vendor, 'lorraine')
    const p = await waitForMark(o.page, 'summary')
    const end = p.probe.marks.summary as number
    const before = (r: { startTime: number }) => r.startTime < end
    if (process.env.BENCH_DEBUG) {
      log(`nav ${JSON.stringify(p.nav)} summary at ${Math.round(end)}`)
      for (const r of p.resources.filter(before)) log(`  ${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ${r.initiatorType} ${r.name.slice(0, 110)}`)
    }
    return {
      ms: end - callbackStart(p),
      apiWaves: countWaves(fromSandbox(p).filter(before)),
      apiRoundTrips: rtt > 0 ? roundTripsOf(fromSandbox(p).filter(before), rtt) : 0,
      allWaves: countWaves([{ startTime: p.nav.fetchStart, responseEnd: p.nav.responseEnd }, ...fromNetwork(p).filter(before)]),
    }
  } finally {
    await o.close()
  }
}

async function layoutRun(browser: Browser, vendor: Vendor, preset: 'mobile' | 'desktop') {
  setRtt(100)
  const o = await openPage(browser, APP_URL, preset === 'mobile' ? MOBILE : DESKTOP, preset === 'mobile' ? 4 : 1)
  try {
    await launch(o.page, vendor, 'lorraine')
    await waitForMark(o.page, 'summary')
    // Shifts after the Summary is complete count too (a late reorder is the worst kind).
    await o.page.waitForTimeout(1500)
    const settled = await waitForMark(o.page, 'summary')
    const lcp = settled.probe.lcp.at(-1)
    return { cls: clsOf(settled.probe.shifts), lcp: lcp ? lcp.t - callbackStart(settled) : NaN }
  } finally {
    await o.close()
  }
}

async function historyRun(browser: Browser, vendor: Vendor, cpuRate: number) {
  setRtt(100)
  const o = await openPage(browser, APP_URL, DESKTOP, cpuRate)
  try {
    await launch(o.page, vendor, 'walter', async () => {
      await o.page.evaluate(`location.hash = '#vitals'`)
    })
    const p = await waitForMark(o.page, 'vitals', 240_000)
    const pages = fromSandbox(p).filter((r) => r.name.includes('/Observation') && !r.name.includes('laboratory') && !r.name.includes('_summary=count'))
    const first = Math.min(...pages.map((r) => r.startTime))
    const end = p.probe.marks.vitals as number
    await o.cdp.send('HeapProfiler.collectGarbage')
    const heap = (await o.cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
    const rows = (await o.page.evaluate(`document.querySelectorAll('tr, [role="row"]').length`)) as number
    const status = (await o.page.evaluate(`document.querySelector('section[aria-labelledby="vitals-title"] [role="status"]')?.textContent ?? ''`)) as string
    return {
      pages: pages.length,
      wall: end - first,
      summed: pages.reduce((s, r) => s + (r.responseEnd - r.startTime), 0),
      rows,
      heapMb: heap.usedSize / 1024 / 1024,
      tbt: tbtOf(p.probe.longtasks, first, end),
      status: status.trim(),
    }
  } finally {
    await o.close()
  }
}

async function main() {
  process.env.VITE_SANDBOX_URL = SANDBOX_URL
  // Production builds hide the local sandbox unless asked to offer it; the bench signs in there.
  process.env.VITE_SHOW_SANDBOX = '1'
  // A real deployment has its client ids registered with Epic and Oracle Health, so the start page
  // offers every entry of the shipped directories; without them it would offer the sandboxes only.
  process.env.VITE_EPIC_CLIENT_ID ??= 'bench-epic-client'
  process.env.VITE_CERNER_CLIENT_ID ??= 'bench-oracle-client'
  log('building the app and the floor')
  await build({ logLevel: 'warn', build: { outDir: 'dist-bench', emptyOutDir: true } })
  const app = firstLoad('dist-bench')
  const floor = await buildFloor('dist-bench-floor')
  const sandbox = await startSandbox(ports.sandbox, APP_URL)
  const server = await startApp('dist-bench', ports)
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: BROWSER_ARGS })
  const report: Report = { app, floor, summary: [], ehr: [], layout: [], history: [], picker: [], normalize: [], lighthouse: [] }
  try {
    // One launch nobody measures, so the first measured one does not pay for a cold browser.
    if (['summary', 'ehr', 'layout', 'history', 'picker'].some(only)) await summaryRun(browser, 'epic', 0)
    for (const vendor of only('summary') ? VENDORS : []) {
      for (const rtt of RTTS) {
        log(`callback → summary, ${vendor}, ${rtt} ms RTT`)
        const runs = []
        for (let i = 0; i < REPEAT; i++) runs.push(await summaryRun(browser, vendor, rtt))
        report.summary.push({ vendor, rtt, ms: median(runs.map((r) => r.ms)), apiWaves: Math.max(...runs.map((r) => r.apiWaves)), apiRoundTrips: Math.min(...runs.map((r) => r.apiRoundTrips)), allWaves: Math.max(...runs.map((r) => r.allWaves)) })
      }
    }
    for (const vendor of only('ehr') ? VENDORS : []) {
      for (const rtt of RTTS) {
        log(`EHR launch → summary, ${vendor}, ${rtt} ms RTT`)
        const runs = []
        for (let i = 0; i < REPEAT; i++) runs.push(await ehrLaunchRun(browser, APP_URL, SANDBOX_URL, vendor, rtt))
        report.ehr.push({ vendor, rtt, ms: median(runs.map((r) => r.ms)), waves: Math.max(...runs.map((r) => r.waves)), roundTrips: Math.min(...runs.map((r) => r.roundTrips)), requests: Math.max(...runs.map((r) => r.requests)) })
      }
    }
    for (const preset of only('layout') ? (['mobile', 'desktop'] as const) : []) {
      for (const vendor of VENDORS) {
        log(`layout, ${preset}, ${vendor}`)
        report.layout.push({ preset, vendor, ...(await layoutRun(browser, vendor, preset)) })
      }
    }
    for (const vendor of only('history') ? VENDORS : []) {
      for (const cpu of [1, 4]) {
        log(`5,240 vitals, ${vendor}, CPU ÷${cpu}`)
        report.history.push({ vendor, cpu, ...(await historyRun(browser, vendor, cpu)) })
      }
    }
    setRtt(0)
    for (const cpu of only('picker') ? [1, 4] : []) {
      log(`picker, CPU ÷${cpu}`)
      const o = await openPage(browser, APP_URL, DESKTOP, cpu)
      try {
        report.picker.push({ cpu, ...(await measurePicker(o.page)) })
        report.picker.push({ cpu, floor: true, ...(await measureBareInput(o.page)) })
      } finally {
        await o.close()
      }
    }
    for (const vendor of only('normalize') ? VENDORS : []) {
      log(`normalization, ${vendor}`)
      report.normalize.push({ vendor, ...(await normalizeSpeed(vendor)) })
    }
    if (only('lighthouse')) {
      setRtt(0) // Lighthouse simulates its own network
      const { rows, errors } = await runLighthouse(APP_URL, ports.debug, BROWSER_ARGS, log)
      report.lighthouse = rows
      report.lighthouseErrors = errors
    }
  } finally {
    await browser.close()
    await server.close()
    await new Promise((r) => sandbox.close(r))
  }
  print(report)
}

main()
  .then(() => clearTimeout(limit))
  .catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
