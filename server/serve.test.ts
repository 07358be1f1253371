import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer } from './serve.ts'

// A tiny built app: index.html, one hashed asset, the deploy file and one directory index.
const dir = mkdtempSync(join(tmpdir(), 'chart-lens-serve-'))
mkdirSync(join(dir, 'assets'))
mkdirSync(join(dir, 'directories'))
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Chart Lens</title>')
writeFileSync(join(dir, 'app.html'), '<!doctype html><title>Chart Lens</title><link rel="modulepreload" href="/assets/chart-X.js">')
writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log("app");'.repeat(200))
writeFileSync(
  join(dir, 'directories', 'oracle-patient-r4.json'),
  JSON.stringify({ format: 1, id: 'oracle-patient-r4', vendor: 'cerner', persona: 'patient', prefix: 'https://fhir-myrecord.cerner.com/r4/', rows: [['A', 't1/', 'X, WI']] }),
)
writeFileSync(
  join(dir, 'chart-lens.config.json'),
  JSON.stringify({ directories: ['oracle-patient-r4'], ehrOrigins: ['https://ehr.example.org'], organizations: [{ name: 'Clinic', fhirBase: 'https://fhir.clinic.example/r4' }] }),
)

let base = ''
let close = () => {}
beforeAll(async () => {
  const server = createServer(dir, {}).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

describe('npm run serve', () => {
  it('serves app routes with no-store and the headers from the deploy file', async () => {
    const res = await fetch(`${base}/launch?iss=x&launch=y`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("connect-src 'self' https://authorization.cerner.com https://fhir-myrecord.cerner.com https://fhir.clinic.example;")
    expect(csp).toContain("frame-ancestors 'self' https://ehr.example.org;")
    expect(csp).not.toContain('127.0.0.1')
    expect(csp).toContain('report-uri /csp-report')
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/)
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(res.headers.get('reporting-endpoints')).toBe('csp="/csp-report"')
  })

  it('answers the chart routes with the page that preloads the chart, and the others with index.html', async () => {
    for (const path of ['/app', '/callback?code=c&state=s']) {
      const res = await fetch(base + path)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.text()).toContain('modulepreload')
    }
    for (const path of ['/', '/launch?iss=x&launch=y']) expect(await (await fetch(base + path)).text()).not.toContain('modulepreload')
  })

  it('serves index.html on the chart routes of a build without app.html', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'chart-lens-serve-bare-'))
    cpSync(dir, bare, { recursive: true })
    rmSync(join(bare, 'app.html'))
    const server = createServer(bare, {}).listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/app`)
    server.close()
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('<!doctype html><title>Chart Lens</title>')
  })

  it('caches hashed assets for a year, compressed', async () => {
    const res = await fetch(`${base}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  it('revalidates the deploy file; unknown paths are 404, not the app', async () => {
    expect((await fetch(`${base}/chart-lens.config.json`)).headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(`${base}/wp-admin`)).status).toBe(404)
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404)
  })

  it('logs CSP reports by origin only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const res = await fetch(`${base}/csp-report`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify({ 'csp-report': { 'document-uri': 'https://app.example/callback?code=secret', 'violated-directive': 'connect-src', 'blocked-uri': 'https://evil.test/steal?t=1' } }),
    })
    expect(res.status).toBe(204)
    expect(warn).toHaveBeenCalledWith('csp-violation directive=connect-src blocked=https://evil.test page=https://app.example')
    warn.mockRestore()
  })

  it('logs each audit event the app posts as one line of its known fields, and refuses anything else', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const post = (body: string) => fetch(`${base}/audit-events`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body })
    const view = { type: 'view', at: '2026-11-30T14:02:00.000Z', server: 'fhir.example.org', section: 'labs', patient: 'Walter Lindqvist' }
    expect((await post(JSON.stringify(view))).status).toBe(204)
    expect((await post(JSON.stringify({ ...view, section: 'labs?patient=123' }))).status).toBe(400)
    expect((await post('not json')).status).toBe(400)
    expect(info.mock.calls).toEqual([['audit type=view server=fhir.example.org section=labs at=2026-11-30T14:02:00.000Z']])
    info.mockRestore()
  })
})
