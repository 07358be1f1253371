// Starts the sandbox on a free port for contract tests that talk real HTTP.
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import { createSandbox, type Sandbox, type SandboxConfig } from '../sandbox.ts'
import { serve } from '../server/node-adapter.ts'
import { BASE_PATHS, mintToken, type BaseName, type MintOptions } from './tokens.ts'

export interface RunningSandbox {
  origin: string
  sandbox: Sandbox
  base(name: BaseName): string
  /** Issues a token directly, skipping the sign-in pages (FHIR contract tests only). */
  mintToken(name: BaseName, options?: MintOptions): string
  close(): Promise<void>
}

export async function startSandbox(config: SandboxConfig = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(config)
  const server = serve(sandbox.handle)
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    sandbox,
    base: (name) => origin + BASE_PATHS[name],
    mintToken: (name, o) => mintToken(sandbox, origin, name, o),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}

/** The parts of a running sandbox a suite uses, resolved lazily (the sandbox starts in beforeAll). */
export type SandboxView = Pick<RunningSandbox, 'origin' | 'base' | 'mintToken'>

/** Starts a sandbox for the calling test file (registers beforeAll/afterAll). Call at module level. */
export function useSandbox(config: SandboxConfig = {}): SandboxView {
  let running: RunningSandbox | undefined
  beforeAll(async () => {
    running = await startSandbox(config)
  })
  afterAll(() => running?.close())
  const current = (): RunningSandbox => {
    if (!running) throw new Error('sandbox not started: call useSandbox() at module level of a test file')
    return running
  }
  return {
    get origin() {
      return current().origin
    },
    base: (name) => current().base(name),
    mintToken: (name, o) => current().mintToken(name, o),
  }
}
