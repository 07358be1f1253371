import type { RedirectParams } from '../launch/redirect-params.ts'
import { EhrLaunchPage } from './ehr-launch-page.tsx'
import { SessionPage } from './session-page.tsx'
import { StartPage } from './start-page.tsx'

export function App({ path, search, redirect }: { path: string; search: string; redirect: RedirectParams }) {
  if (path === '/launch') return <EhrLaunchPage search={search} />
  if (path === '/callback' || path === '/app') return <SessionPage redirect={redirect} />
  return <StartPage />
}
