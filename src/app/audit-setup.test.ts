import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
// The deploy file is read once per page and events wait in the audit module: each test gets fresh ones.
beforeEach(() => vi.resetModules())

function collector() {
  const bodies: unknown[] = []
  server.use(
    http.post('*/audit-events', async ({ request }) => {
      bodies.push(JSON.parse(await request.text()))
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return bodies
}

describe('audit events with a deployer collector', () => {
  it('the launch raised before the deploy file is read still reaches the collector, then each view does', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ auditEndpoint: '/audit-events' })))
    const bodies = collector()
    const { audit } = await import('../launch/audit.ts')
    const { connectAudit } = await import('./audit-setup.ts')
    audit({ type: 'launch', server: 'fhir.example.org', launch: 'standalone' })
    await connectAudit(false)
    audit({ type: 'view', server: 'fhir.example.org', section: 'labs' })
    await vi.waitFor(() => expect(bodies).toHaveLength(2))
    expect(bodies).toMatchObject([
      { type: 'launch', server: 'fhir.example.org', launch: 'standalone' },
      { type: 'view', server: 'fhir.example.org', section: 'labs' },
    ])
  })

  it('an event the collector could not take (offline, 503) is sent again with the next one, and when the browser is back online', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ auditEndpoint: '/audit-events' })))
    let down = true
    let refused = 0
    const bodies: Array<Record<string, string>> = []
    server.use(
      http.post('*/audit-events', async ({ request }) => {
        if (down) {
          refused++
          return new HttpResponse(null, { status: 503 })
        }
        bodies.push(JSON.parse(await request.text()))
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { audit } = await import('../launch/audit.ts')
    const { connectAudit } = await import('./audit-setup.ts')
    await connectAudit(false)
    audit({ type: 'view', server: 'h', section: 'labs' })
    audit({ type: 'view', server: 'h', section: 'vitals' })
    await vi.waitFor(() => expect(refused).toBe(2))
    down = false
    // Each 'online' resends what failed so far; the two refused posts may still be on their way back.
    await vi.waitFor(() => {
      window.dispatchEvent(new Event('online'))
      expect(bodies.map((b) => b.section).sort()).toEqual(['labs', 'vitals'])
    })
    audit({ type: 'view', server: 'h', section: 'allergies' })
    await vi.waitFor(() => expect(bodies).toHaveLength(3))
  })

  it('without a collector, a production page drops events instead of holding them', async () => {
    server.use(http.get('*/chart-lens.config.json', () => new HttpResponse(null, { status: 404 })))
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const { audit } = await import('../launch/audit.ts')
    const { connectAudit } = await import('./audit-setup.ts')
    audit({ type: 'expiry' })
    await connectAudit(false)
    audit({ type: 'expiry' })
    expect(info).not.toHaveBeenCalled()
    info.mockRestore()
  })

  it('in development they are printed to the console, the early ones included', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({})))
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const { audit } = await import('../launch/audit.ts')
    const { connectAudit } = await import('./audit-setup.ts')
    audit({ type: 'expiry' })
    await connectAudit(true)
    expect(info).toHaveBeenCalledWith('[audit]', expect.stringContaining('"type":"expiry"'))
    info.mockRestore()
  })

  it('a deploy file that cannot be read does not leave events piling up', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.error()))
    const { audit, setAuditSink } = await import('../launch/audit.ts')
    const { connectAudit } = await import('./audit-setup.ts')
    audit({ type: 'expiry' })
    await connectAudit(false)
    const later: unknown[] = []
    setAuditSink((e) => later.push(e))
    expect(later).toEqual([])
  })
})
