import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { isFhirError } from '../fhir/errors.ts'

/**
 * The FHIR layer already retries what the server says to retry later (429, 503, with Retry-After).
 * Only a dropped connection or a cut-off answer gets one more try here; the rest is shown at once
 * with its own "Try again", so a failure never hides behind seconds of silent retries.
 */
export function retryQuery(failures: number, error: unknown): boolean {
  if (failures >= 1) return false
  return isFhirError(error) && (error.kind === 'network' || error.kind === 'malformed')
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: retryQuery } } })
}

/** `client` is passed in when work outside React (the session's first reads) must share its cache. */
export function Providers({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient())
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
