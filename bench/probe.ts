// In-page instrumentation, installed before any app script runs: layout shifts, LCP, long tasks, and
// the moment the Summary (and the Vitals section) is complete, checked on every animation frame.
// It only reads the DOM the user sees (section headings, skeleton pulses, progress bars).

export interface ProbeData {
  shifts: { t: number; v: number }[]
  lcp: { t: number; size: number }[]
  longtasks: { t: number; d: number }[]
  marks: { summary?: number; vitals?: number }
}

export interface ResourceTime {
  name: string
  startTime: number
  responseEnd: number
  initiatorType: string
  /** 0 for a response from the browser's cache (and for cross-origin responses without Timing-Allow-Origin). */
  transferSize: number
}

export interface PageTimes {
  probe: ProbeData
  /** The document's own request: start of its fetch and end of its response (ms since timeOrigin). */
  nav: { fetchStart: number; responseEnd: number; startTime: number; redirectEnd: number }
  resources: ResourceTime[]
  path: string
}

// Plain JavaScript, not compiled functions: the TS runner's helpers do not exist inside the page.
export const PROBE_SCRIPT = `(() => {
  performance.setResourceTimingBufferSize(100000)
  const b = { shifts: [], lcp: [], longtasks: [], marks: {} }
  window.__bench = b
  const watch = (type, take) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true }) } catch {}
  }
  watch('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value }) })
  watch('largest-contentful-paint', (e) => b.lcp.push({ t: e.startTime, size: e.size }))
  watch('longtask', (e) => b.longtasks.push({ t: e.startTime, d: e.duration }))
  const section = (id) => document.querySelector('section[aria-labelledby="' + id + '-title"]')
  const summaryDone = () => {
    const s = section('summary')
    return !!s && s.querySelectorAll('[data-part]').length >= 4 && !s.querySelector('.animate-pulse') && !!document.querySelector('[data-testid="patient-name"]')
  }
  const vitalsDone = () => {
    const s = section('vitals')
    return !!s && !s.querySelector('.animate-pulse, [role="progressbar"]') && !!s.querySelector('[role="status"]')
  }
  const tick = () => {
    const now = performance.now()
    if (b.marks.summary === undefined && summaryDone()) b.marks.summary = now
    if (b.marks.vitals === undefined && vitalsDone()) b.marks.vitals = now
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** Reads what the probe collected in the current document (an expression for page.evaluate). */
export const READ_PAGE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0]
  return {
    probe: window.__bench,
    nav: { fetchStart: nav.fetchStart, responseEnd: nav.responseEnd, startTime: nav.startTime, redirectEnd: nav.redirectEnd },
    resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime, responseEnd: r.responseEnd, initiatorType: r.initiatorType, transferSize: r.transferSize })),
    path: location.pathname,
  }
})()`

/** Sequential rounds: a request is one wave after the latest-wave request that had finished before it began. */
export function wavesOf<T extends { startTime: number; responseEnd: number }>(requests: T[]): { request: T; wave: number }[] {
  const sorted = [...requests].sort((a, b) => a.startTime - b.startTime)
  const out: { request: T; wave: number }[] = []
  for (const r of sorted) {
    let w = 1
    for (const o of out) if (o.request.responseEnd <= r.startTime) w = Math.max(w, o.wave + 1)
    out.push({ request: r, wave: w })
  }
  return out
}

export const countWaves = (requests: { startTime: number; responseEnd: number }[]) => Math.max(0, ...wavesOf(requests).map((w) => w.wave))

/**
 * Round trips the network needs for these waves at this RTT: one per wave, or more where the server
 * makes the browser send a CORS preflight first (a request with a bearer token always has one).
 */
export function roundTripsOf(requests: { startTime: number; responseEnd: number }[], rtt: number): number {
  const byWave = new Map<number, number>()
  for (const { request, wave } of wavesOf(requests)) {
    const d = request.responseEnd - request.startTime
    byWave.set(wave, Math.min(byWave.get(wave) ?? Infinity, d))
  }
  return [...byWave.values()].reduce((sum, d) => sum + Math.max(1, Math.round(d / rtt)), 0)
}

/** CLS as Chrome reports it: the largest session window (gaps < 1 s, at most 5 s long). */
export function clsOf(shifts: { t: number; v: number }[]): number {
  let best = 0
  let current = 0
  let first = -Infinity
  let prev = -Infinity
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - prev > 1000 || s.t - first > 5000) {
      current = 0
      first = s.t
    }
    current += s.v
    prev = s.t
    best = Math.max(best, current)
  }
  return best
}

/** Total blocking time: what each long task ran past 50 ms. */
export const tbtOf = (tasks: { t: number; d: number }[], from = 0, to = Infinity) =>
  tasks.filter((x) => x.t >= from && x.t <= to).reduce((sum, x) => sum + Math.max(0, x.d - 50), 0)
