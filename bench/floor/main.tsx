// The floor for first-load JS: React 19 + ReactDOM + TanStack Query doing one query, nothing else.
// Built by `npm run bench` with the app's own bundler settings; the app's first load is compared to it.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const client = new QueryClient()

function Hello() {
  const q = useQuery({ queryKey: ['hello'], queryFn: async () => 'ready' })
  return <p>{q.data ?? 'loading'}</p>
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <Hello />
    </QueryClientProvider>
  </StrictMode>,
)
