import { Panel } from '../../components/ui/panel.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { Permissions } from './permissions.tsx'

export function SourcesPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  return (
    <Panel id="sources" title={t('nav.sources')}>
      <Permissions session={session} />
    </Panel>
  )
}
