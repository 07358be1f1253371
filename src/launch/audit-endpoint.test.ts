// @vitest-environment jsdom
// The deployer's collector: what is posted, how, and that nothing is lost while it cannot be reached.
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../fhir/testing/fetch-mock.ts'
import { endpointSink, serverOf, type AuditEvent } from './audit.ts'

const fetchMock = mockFetch()
const event = (section: string): AuditEvent => ({ type: 'view', at: '2026-11-30T10:00:00.000Z', server: 'fhir.example.org', section })
// Each test posts to its own collector: sinks of earlier tests still listen for "online".
const posted = (to: string) => fetchMock.mock.calls.filter(([url]) => url === to).map(([, init]) => (JSON.parse(String(init?.body)) as { section: string }).section)
const settle = () => new Promise((r) => setTimeout(r, 0))

describe('endpointSink', () => {
  it('posts each event as JSON in a text/plain body, without cookies, able to outlive the page', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    endpointSink('https://collector.example.org/audit')(event('labs'))
    await settle()
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('https://collector.example.org/audit')
    expect(init).toMatchObject({ method: 'POST', headers: { 'content-type': 'text/plain' }, keepalive: true, credentials: 'omit' })
    expect(JSON.parse(String(init?.body))).toEqual(event('labs'))
  })

  it('keeps what could not be sent and sends it with the next event, or when the browser is back online', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('offline')).mockResolvedValueOnce(new Response(null, { status: 503 })).mockResolvedValue(new Response(null, { status: 204 }))
    const to = 'https://collector.example.org/retry'
    const sink = endpointSink(to)
    sink(event('a'))
    await settle()
    expect(posted(to)).toEqual(['a'])
    // The next event first sends what is waiting: 'a' fails again (503) and is kept; 'b' goes through.
    sink(event('b'))
    await settle()
    expect(posted(to)).toEqual(['a', 'a', 'b'])
    window.dispatchEvent(new Event('online'))
    await settle()
    expect(posted(to)).toEqual(['a', 'a', 'b', 'a'])
    sink(event('c'))
    await settle()
    // Delivered on the retry: nothing is sent twice after that.
    expect(posted(to)).toEqual(['a', 'a', 'b', 'a', 'c'])
  })

  it('does not keep an event the collector refused as malformed (400): sending it again would not help', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 400 })).mockResolvedValue(new Response(null, { status: 204 }))
    const to = 'https://collector.example.org/refused'
    const sink = endpointSink(to)
    sink(event('a'))
    await settle()
    sink(event('b'))
    await settle()
    expect(posted(to)).toEqual(['a', 'b'])
  })

  it('keeps at most 50 unsent events', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 503 }))
    const to = 'https://collector.example.org/bounded'
    const sink = endpointSink(to)
    for (let i = 0; i < 60; i++) sink(event(`s${i}`))
    await settle()
    fetchMock.mockClear()
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    window.dispatchEvent(new Event('online'))
    await settle()
    expect(posted(to)).toHaveLength(50)
  })
})

describe('serverOf', () => {
  it('the host and port only; "unknown" for what is not a URL', () => {
    expect(serverOf('https://fhir.example.org:8443/r4/Patient/123?name=x')).toBe('fhir.example.org:8443')
    expect(serverOf('no url')).toBe('unknown')
  })
})
