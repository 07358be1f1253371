import { Panel } from '../../components/ui/panel.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'

export function SummaryPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  void session
  return <Panel id="summary" title={t('nav.summary')}>{t('state.loading')}</Panel>
}
