// The authorize request's `state` is what ties a callback to the launch that started it: it must be
// unguessable and new for every launch, whatever Math.random does. Discovery is the real emulator;
// only fhirclient's redirect is captured.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSandbox } from '../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../mocks/testing/msw.ts'
import { BASE_PATHS } from '../../mocks/testing/tokens.ts'
import { beginLaunch } from './authorize.ts'
import type { EndpointConfig } from './endpoints.ts'

const authorize = vi.hoisted(() => vi.fn(async (_configs: unknown) => undefined))
vi.mock('fhirclient', () => ({ default: { oauth2: { authorize } } }))

const server = setupServer(...sandboxHandlers(createSandbox()))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
afterEach(() => {
  authorize.mockClear()
  vi.restoreAllMocks()
  sessionStorage.clear()
})

const epic: EndpointConfig = {
  id: 'local-epic',
  name: 'Riverside Health',
  fhirBase: IN_PROCESS_ORIGIN + BASE_PATHS.epic,
  clientId: 'epic-sandbox-app',
  flavor: 'epic',
  launch: ['standalone', 'ehr'],
}

async function stateOfOneLaunch(): Promise<string> {
  authorize.mockClear()
  await beginLaunch(epic, 'standalone', undefined, [epic])
  const configs = authorize.mock.calls[0]?.[0] as Array<{ stateKey: string; pkceMode: string }>
  expect(configs).toHaveLength(1)
  expect(configs[0]?.pkceMode).toBe('required')
  return configs[0]!.stateKey
}

describe('authorize state', () => {
  it('is a fresh 122-bit random value for every launch, even with Math.random pinned', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    const states = [await stateOfOneLaunch(), await stateOfOneLaunch(), await stateOfOneLaunch()]
    for (const s of states) expect(s).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(states).size).toBe(3)
  })

  it('keys what the app remembers about the launch, so the callback can find it', async () => {
    const state = await stateOfOneLaunch()
    expect(JSON.parse(sessionStorage.getItem(`chart-lens:launch:${state}`) ?? 'null')).toMatchObject({ endpointId: 'local-epic', kind: 'standalone' })
  })
})
