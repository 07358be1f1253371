import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { createQueryClient, Providers } from './app/providers.tsx'
import { loadChart } from './app/lazy-routes.ts'
import { connectAudit } from './app/audit-setup.ts'
import { preconnectToStoredServer } from './launch/preconnect.ts'
import { captureRedirectParams } from './launch/redirect-params.ts'
import './index.css'

// Read the OAuth answer and clear it from the address bar before anything renders.
const redirect = captureRedirectParams()
const queryClient = createQueryClient()
void connectAudit()
if (window.location.pathname === '/app' || window.location.pathname === '/callback') {
  // The chart is what these routes show: its download starts now rather than after React's first render,
  // and the session's first reads as soon as it has arrived.
  loadChart().then((chart) => chart.startSession(redirect, queryClient), () => undefined)
  preconnectToStoredServer()
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Providers client={queryClient}>
      <App path={window.location.pathname} search={window.location.search} redirect={redirect} />
    </Providers>
  </StrictMode>,
)
