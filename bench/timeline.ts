// Reads a Chromium trace of one page load into lines a person can scan (see bench/trace.ts).

export interface TraceEvent {
  name: string
  ph?: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { url?: string; functionName?: string; nodeName?: string; isMainFrame?: boolean; documentLoaderURL?: string } }
}

interface Options {
  /** The shortest task listed, in ms. */
  taskMs: number
  /** The app's origin: its own requests are shown by path. */
  origin: string
}

/** The renderer thread that ran the page: the busiest `CrRendererMain`. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const busy = new Map<string, number>()
  for (const e of events) if (e.name === 'RunTask' && e.dur) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur)
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const best = threads.sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0]
  return best && { pid: best.pid, tid: best.tid }
}

/** A URL without its query (ids and tokens stay out of the output), by path on the app's own origin. */
export function shortUrl(url: string, origin: string): string {
  const u = new URL(url)
  const where = u.origin === origin ? u.pathname : `${u.host}${u.pathname}`
  return u.search ? `${where}?…` : where
}

/** What a task spent its time on: its largest direct kinds of work, summed by name. */
function breakdown(task: TraceEvent, inside: readonly TraceEvent[]): string {
  const byName = new Map<string, number>()
  for (const e of inside) {
    const label = e.args?.data?.functionName ? `${e.name} ${e.args.data.functionName}` : e.name
    byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0))
  }
  return [...byName]
    .filter(([, us]) => us >= Math.min(1000, (task.dur ?? 0) / 10))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`)
    .join(', ')
}

const TOP_LEVEL_WORK = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC', 'v8.compile', 'v8.compileModule'])

export function timeline(events: readonly TraceEvent[], { taskMs, origin }: Options): string[] {
  const main = mainThread(events)
  if (!main) return ['no renderer main thread in the trace']
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid
  const start = events.filter((e) => e.name === 'navigationStart' && e.pid === main.pid).at(-1)?.ts ?? 0
  const at = (ts: number) => String(Math.round((ts - start) / 1000)).padStart(6)
  const rows: [number, string][] = []
  let firstApi: number | undefined
  let blocking = 0
  let long = 0
  for (const e of events) {
    if (e.ts < start) continue
    const url = e.args?.data?.url
    if (e.name === 'ResourceSendRequest' && url) {
      if (!url.startsWith(origin)) firstApi ??= e.ts
      rows.push([e.ts, `${at(e.ts)}  request  ${shortUrl(url, origin)}`])
    } else if (e.name === 'firstContentfulPaint' && e.pid === main.pid) {
      rows.push([e.ts, `${at(e.ts)}  paint    first contentful paint`])
    } else if (e.name === 'largestContentfulPaint::Candidate' && e.pid === main.pid) {
      rows.push([e.ts, `${at(e.ts)}  paint    largest so far: ${e.args?.data?.nodeName ?? '?'}`])
    } else if (e.name === 'RunTask' && e.ph === 'X' && onMain(e) && (e.dur ?? 0) >= taskMs * 1000) {
      const ms = (e.dur ?? 0) / 1000
      long++
      blocking += Math.max(0, ms - 50)
      const inside = events.filter((k) => onMain(k) && k.ph === 'X' && TOP_LEVEL_WORK.has(k.name) && k.ts >= e.ts && k.ts < e.ts + (e.dur ?? 0))
      rows.push([e.ts, `${at(e.ts)}  task     ${ms.toFixed(0)} ms: ${breakdown(e, inside) || 'browser work'}`])
    }
  }
  rows.sort((a, b) => a[0] - b[0])
  return [
    ...rows.map(([, line]) => line),
    `first request to another origin at ${firstApi === undefined ? '–' : `${Math.round((firstApi - start) / 1000)} ms`}; ${long} task(s) of ${taskMs} ms or more, ${Math.round(blocking)} ms over 50 ms in all`,
  ]
}
