import { describe, expect, it } from 'vitest'
import { shortUrl, timeline, type TraceEvent } from './timeline.ts'

const ORIGIN = 'http://localhost:4183'
const main = { pid: 7, tid: 1 }
const ev = (name: string, ms: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({ name, ts: 1_000_000 + ms * 1000, ...main, ...extra })

// A renderer main thread and a quieter one, a navigation at 0 ms, requests, paints and three tasks.
const trace: TraceEvent[] = [
  { name: 'thread_name', ts: 0, ...main, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ts: 0, pid: 9, tid: 1, args: { name: 'CrRendererMain' } },
  ev('RunTask', 5, { ph: 'X', dur: 90_000, pid: 9 }),
  ev('navigationStart', 0),
  ev('ResourceSendRequest', 2, { args: { data: { url: `${ORIGIN}/app` } } }),
  ev('ResourceSendRequest', 9, { args: { data: { url: `${ORIGIN}/assets/chart-x.js` } } }),
  ev('RunTask', 100, { ph: 'X', dur: 120_000 }),
  ev('v8.evaluateModule', 101, { ph: 'X', dur: 80_000 }),
  ev('RunMicrotasks', 182, { ph: 'X', dur: 30_000 }),
  ev('firstContentfulPaint', 230),
  ev('ResourceSendRequest', 240, { args: { data: { url: 'https://fhir.example.org/r4/Observation?patient=p1&category=laboratory' } } }),
  ev('RunTask', 300, { ph: 'X', dur: 20_000 }),
  ev('RunTask', 400, { ph: 'X', dur: 60_000 }),
  ev('UpdateLayoutTree', 401, { ph: 'X', dur: 45_000 }),
  ev('largestContentfulPaint::Candidate', 470, { args: { data: { nodeName: 'SPAN' } } }),
]

describe('the trace timeline', () => {
  it('lists requests, paints and tasks over the threshold in time order, from navigation start', () => {
    expect(timeline(trace, { taskMs: 50, origin: ORIGIN })).toEqual([
      '     2  request  /app',
      '     9  request  /assets/chart-x.js',
      '   100  task     120 ms: v8.evaluateModule 80, RunMicrotasks 30',
      '   230  paint    first contentful paint',
      '   240  request  fhir.example.org/r4/Observation?…',
      '   400  task     60 ms: UpdateLayoutTree 45',
      '   470  paint    largest so far: SPAN',
      'first request to another origin at 240 ms; 2 task(s) of 50 ms or more, 80 ms over 50 ms in all',
    ])
  })

  it('never prints a query string: patient ids and codes stay out of the output', () => {
    expect(shortUrl('https://fhir.example.org/r4/Patient/123?_elements=name', ORIGIN)).toBe('fhir.example.org/r4/Patient/123?…')
    expect(shortUrl(`${ORIGIN}/callback?code=secret&state=s`, ORIGIN)).toBe('/callback?…')
  })
})
