import type { ReactNode } from 'react'
import { Panel } from '../../components/ui/panel.tsx'
import { LegalFooter } from '../../app/legal-footer.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { Permissions } from './permissions.tsx'
import { QueryResults } from './query-results.tsx'
import { ServerFacts } from './server-facts.tsx'

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  )
}

export function SourcesPanel({ session }: { session: SmartSession }) {
  const { t, locale } = useI18n()
  return (
    <Panel id="sources" title={t('nav.sources')}>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t('sources.intro')}</p>
      <Part id="sources-permissions" title={t('sources.permissions.title')}>
        <Permissions session={session} />
      </Part>
      <Part id="sources-queries" title={t('sources.queries.title')}>
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{t('sources.queries.intro')}</p>
        <QueryResults session={session} />
      </Part>
      <Part id="sources-server" title={t('sources.server.title')}>
        <ServerFacts session={session} />
      </Part>
      <LegalFooter locale={locale} />
    </Panel>
  )
}
