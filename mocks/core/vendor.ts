import type { SandboxState } from './state.ts'

/** Everything one vendor serves under its path prefix. */
export interface VendorSandbox {
  prefix: string
  /** FHIR data requests (not discovery, not metadata): where fault injection applies. */
  isFhirDataPath(pathname: string): boolean
  handle(req: Request, url: URL, state: SandboxState): Promise<Response | undefined>
}
