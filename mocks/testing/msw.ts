// The same sandbox, in-process: MSW hands every request for the sandbox origin to its fetch handler.
import { http } from 'msw'
import type { Sandbox } from '../sandbox.ts'

export const IN_PROCESS_ORIGIN = 'http://localhost:4010'

export function sandboxHandlers(sandbox: Sandbox, origin = IN_PROCESS_ORIGIN) {
  return [http.all(`${origin}/*`, ({ request }) => sandbox.handle(request))]
}
