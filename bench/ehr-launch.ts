// An EHR launch as a clinician meets it: the EHR opens /launch?iss=…&launch=…, the app checks `iss`,
// discovers the server, is sent to authorize (the EHR's session approves without a page), comes back
// on /callback and shows the Summary. Timed from the /launch request to the Summary, across the
// redirects, with a cold browser cache (the first launch of the day); requests come from DevTools'
// network events because each document's own timings end at the next redirect.
import type { Browser } from '@playwright/test'
import { openPage, waitForMark, type Vendor } from './flows.ts'
import { roundTripsOf, wavesOf } from './probe.ts'
import { setRtt } from './servers.ts'

interface Hop {
  url: string
  startTime: number
  responseEnd: number
  cached: boolean
}

/** The URL the EHR simulator opens the app at (its "new window" link), with a fresh launch code. */
async function launchUrl(sandboxUrl: string, vendor: Vendor): Promise<string> {
  const res = await fetch(`${sandboxUrl}/ehr/launch?${new URLSearchParams({ vendor, clinician: 'kaur', patient: 'lorraine', mode: 'window' })}`)
  const href = /<a class="primary" href="([^"]+)"/.exec(await res.text())?.[1]
  if (!href) throw new Error(`the EHR simulator gave no launch link (HTTP ${res.status})`)
  return href.replace(/&#38;|&amp;/g, '&')
}

export async function ehrLaunchRun(browser: Browser, appUrl: string, sandboxUrl: string, vendor: Vendor, rtt: number) {
  setRtt(0)
  const target = await launchUrl(sandboxUrl, vendor)
  setRtt(rtt)
  const o = await openPage(browser, appUrl)
  try {
    const hops = new Map<string, Hop>()
    const done: Hop[] = []
    let wallOffset: number | undefined
    const finish = (id: string, at: number) => {
      const hop = hops.get(id)
      if (!hop) return
      hop.responseEnd = at * 1000
      done.push(hop)
      hops.delete(id)
    }
    o.cdp.on('Network.requestWillBeSent', (e) => {
      // A redirect ends the previous hop under the same id.
      if (e.redirectResponse) finish(e.requestId, e.timestamp)
      wallOffset ??= e.wallTime * 1000 - e.timestamp * 1000
      hops.set(e.requestId, { url: e.request.url, startTime: e.timestamp * 1000, responseEnd: NaN, cached: false })
    })
    o.cdp.on('Network.requestServedFromCache', (e) => {
      const hop = hops.get(e.requestId)
      if (hop) hop.cached = true
    })
    o.cdp.on('Network.responseReceived', (e) => {
      const hop = hops.get(e.requestId)
      if (hop && (e.response.fromDiskCache || e.response.fromPrefetchCache)) hop.cached = true
    })
    o.cdp.on('Network.loadingFinished', (e) => finish(e.requestId, e.timestamp))
    o.cdp.on('Network.loadingFailed', (e) => finish(e.requestId, e.timestamp))
    await o.cdp.send('Network.enable')
    await o.page.goto(target)
    await o.page.waitForURL('**/app**')
    const p = await waitForMark(o.page, 'summary')
    const timeOrigin = (await o.page.evaluate('performance.timeOrigin')) as number
    if (wallOffset === undefined) throw new Error('no request was seen')
    const first = Math.min(...done.map((h) => h.startTime))
    // The Summary's moment on the same monotonic clock as the network events.
    const end = timeOrigin + (p.probe.marks.summary as number) - wallOffset
    const network = done.filter((h) => !h.cached && h.startTime < end && !h.url.startsWith('data:'))
    if (process.env.BENCH_DEBUG) {
      for (const { request: h, wave } of wavesOf(done.filter((d) => d.startTime < end))) {
        const where = new URL(h.url)
        process.stderr.write(`bench:   w${wave} ${Math.round(h.startTime - first)}–${Math.round(h.responseEnd - first)}${h.cached ? ' cached' : ''} ${where.host}${where.pathname}\n`)
      }
      process.stderr.write(`bench:   summary at ${Math.round(end - first)}\n`)
    }
    return {
      ms: end - first,
      waves: Math.max(0, ...wavesOf(network).map((w) => w.wave)),
      roundTrips: rtt > 0 ? roundTripsOf(network, rtt) : 0,
      requests: network.length,
    }
  } finally {
    await o.close()
  }
}
