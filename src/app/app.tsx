import { CallbackPage } from './callback-page.tsx'
import { EhrLaunchPage } from './ehr-launch-page.tsx'
import { StartPage } from './start-page.tsx'

export function App({ path }: { path: string }) {
  if (path === '/launch') return <EhrLaunchPage search={window.location.search} />
  if (path === '/callback') return <CallbackPage />
  return <StartPage />
}
