// Starts the sandbox on a free port for contract tests that talk real HTTP.
import type { AddressInfo } from 'node:net'
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
