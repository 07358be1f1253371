// Prints the bench's figures: ratios first, absolute numbers beside them.
import type { Vendor } from './flows.ts'
import type { LighthouseRow } from './lighthouse.ts'
import type { NormalizeSpeed } from './normalize-speed.ts'
import type { PickerTimes } from './picker.ts'
import type { LoadSize } from './sizes.ts'

export interface Report {
  app: LoadSize
  floor: LoadSize
  summary: { vendor: Vendor; rtt: number; ms: number; apiWaves: number; apiRoundTrips: number; allWaves: number }[]
  /** EHR launch, /launch request → Summary: `waves` and `roundTrips` over every request that went to the network. */
  ehr: { vendor: Vendor; rtt: number; ms: number; waves: number; roundTrips: number; requests: number }[]
  layout: { preset: 'mobile' | 'desktop'; vendor: Vendor; cls: number; lcp: number }[]
  history: { vendor: Vendor; cpu: number; pages: number; wall: number; summed: number; rows: number; heapMb: number; tbt: number; status: string }[]
  /** `floor`: a bare text box on an empty page, typed the same way. */
  picker: ({ cpu: number; floor?: boolean } & PickerTimes)[]
  normalize: ({ vendor: Vendor } & NormalizeSpeed)[]
  lighthouse: LighthouseRow[]
  /** Lighthouse audits that could not run, each with why. */
  lighthouseErrors?: string[]
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
const ms = (n: number) => `${Math.round(n)} ms`
const x = (n: number) => `${n.toFixed(2)}×`

function table(title: string, head: string[], rows: (string | number)[][]) {
  const cells = [head, ...rows.map((r) => r.map(String))]
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)))
  console.log(`\n${title}`)
  for (const [i, r] of cells.entries()) {
    console.log('  ' + r.map((c, j) => c.padEnd(widths[j])).join('  '))
    if (i === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '))
  }
}

export function print(r: Report) {
  table('First-load JS (gzip -9, everything index.html loads or preloads)', ['build', 'JS', 'CSS', 'ratio to floor'], [
    ['app', kb(r.app.jsGzip), kb(r.app.cssGzip), x(r.app.jsGzip / r.floor.jsGzip)],
    ['floor (React + ReactDOM + TanStack Query)', kb(r.floor.jsGzip), kb(r.floor.cssGzip), x(1)],
  ])
  console.log('  app files: ' + r.app.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', '))

  const rows = r.summary.map((s) => {
    const zero = r.summary.find((z) => z.vendor === s.vendor && z.rtt === 0) as (typeof r.summary)[number]
    const wave = r.summary.find((z) => z.vendor === s.vendor && z.rtt === Math.max(...r.summary.map((q) => q.rtt))) as (typeof r.summary)[number]
    // The floor: the /callback document plus the API waves (with their CORS preflights), one RTT
    // each, on top of the 0-ms time. Anything else (re-downloaded assets, serial reads) is above it.
    const floor = (1 + wave.apiRoundTrips) * s.rtt + zero.ms
    return [s.vendor, `${s.rtt} ms`, ms(s.ms), ms(floor), x(s.ms / floor), wave.apiWaves, wave.apiRoundTrips, wave.allWaves]
  })
  table('Callback → Summary (every request delayed by the RTT; floor = (document + API round trips) × RTT + 0-ms time)', ['vendor', 'RTT', 'time', 'floor', 'ratio', 'API waves', 'API round trips', 'network waves'], rows)

  const ehr = r.ehr.map((s) => {
    const zero = r.ehr.find((z) => z.vendor === s.vendor && z.rtt === 0) as (typeof r.ehr)[number]
    const slow = r.ehr.find((z) => z.vendor === s.vendor && z.rtt === Math.max(...r.ehr.map((q) => q.rtt))) as (typeof r.ehr)[number]
    // Every round trip of the launch is on the path (documents, redirects, files, preflights): the floor
    // is their count at the slowest RTT, one RTT each, on top of the 0-ms time.
    const floor = slow.roundTrips * s.rtt + zero.ms
    return [s.vendor, `${s.rtt} ms`, ms(s.ms), ms(floor), x(s.ms / floor), slow.waves, slow.roundTrips, s.requests]
  })
  table('EHR launch → Summary, cold cache (/launch request to the Summary complete; floor = round trips × RTT + 0-ms time)', ['vendor', 'RTT', 'time', 'floor', 'ratio', 'network waves', 'round trips', 'requests'], ehr)

  table('Summary layout (Lorraine, 100 ms RTT; mobile = 412×823 @1.75, CPU ÷4; desktop = 1350×940)', ['preset', 'vendor', 'CLS', 'LCP'], r.layout.map((l) => [l.preset, l.vendor, l.cls.toFixed(3), ms(l.lcp)]))

  table('5,240-vital history (Walter, Vitals section, 100 ms RTT)', ['vendor', 'CPU', 'pages', 'wall', 'Σ page latency', 'wall / Σ', 'DOM rows', 'heap after GC', 'TBT', 'status'], r.history.map((h) => [
    h.vendor, `÷${h.cpu}`, h.pages, ms(h.wall), ms(h.summed), x(h.wall / h.summed), h.rows, `${h.heapMb.toFixed(1)} MB`, ms(h.tbt), h.status,
  ]))

  table('Health-system picker over the shipped directories, key → next frame after the list changed, ms per keystroke', ['page', 'CPU', 'entries offered', 'keystrokes', 'median', 'p90', 'max'], r.picker.map((p) => [
    p.floor ? 'floor: a bare text box' : 'start page', `÷${p.cpu}`, p.floor ? '–' : p.entries.toLocaleString('en-US'), p.keystrokes, p.median.toFixed(1), p.p90.toFixed(1), p.max.toFixed(1),
  ]))

  table('Normalization of vital signs (Node, a process of its own; fastest of 9 rounds each)', ['vendor', 'resources', 'map', 'JSON.parse', 'map resources/s', 'map / parse time'], r.normalize.map((n) => [
    n.vendor, n.resources, `${n.mapMs.toFixed(1)} ms`, `${n.parseMs.toFixed(1)} ms`, Math.round(n.mapPerSecond).toLocaleString('en-US'), x(n.mapMs / n.parseMs),
  ]))

  if (r.lighthouse.length) {
    table('Lighthouse 12.2.3, performance (mobile: its default phone, simulated slow 4G, CPU ÷4; desktop: its desktop preset)', ['page', 'preset', 'score', 'LCP', 'CLS', 'TBT', 'FCP'], r.lighthouse.map((l) => [
      l.page === 'start' ? 'start page' : 'Summary (Epic, Lorraine)', l.preset, l.score.toFixed(2), ms(l.lcp), l.cls.toFixed(3), ms(l.tbt), ms(l.fcp),
    ]))
  }
  for (const e of r.lighthouseErrors ?? []) console.log(`  Lighthouse could not run: ${e}`)
}
