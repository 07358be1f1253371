// Allergies in the summary. Each "nothing to show" state is worded for what it means: not shared,
// some kinds withheld from the app, never asked, placeholder only, or explicitly none known.
import { useQuery } from '@tanstack/react-query'
import { useViewMode } from '../../app/view-mode.tsx'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import type { AllergyListState } from '../../domain/allergy-list.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from '../allergies/queries.ts'
import { AllergyLine } from './allergy-line.tsx'
import { splitAllergies } from './allergy-split.ts'
import { QueryGate, SummaryPart } from './summary-part.tsx'
import { TriangleAlert } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

function AllergyList({ list }: { list: Extract<AllergyListState, { kind: 'list' }> }) {
  const { t } = useI18n()
  const { high, other } = splitAllergies(list.items)
  if (!high.length && !other.length) return <p>{t('summary.allergies.noneCurrent')}</p>
  return (
    <>
      {high.length > 0 && (
        <div data-testid="allergy-alert" className="rounded border-2 border-red-700 bg-red-50 p-2 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          <p className="font-bold">
            <Glyph icon={TriangleAlert} className="mr-1" />
            {t('summary.allergies.highTitle')}
          </p>
          <ul className="mt-1 space-y-1">
            {high.map((a, i) => (
              <AllergyLine key={a.id ?? i} allergy={a} />
            ))}
          </ul>
        </div>
      )}
      {other.length > 0 && (
        <ul className="mt-2 space-y-1">
          {other.map((a, i) => (
            <AllergyLine key={a.id ?? i} allergy={a} />
          ))}
        </ul>
      )}
    </>
  )
}

function AllergyState({ list }: { list: AllergyListState }) {
  const { t } = useI18n()
  const mode = useViewMode()
  switch (list.kind) {
    case 'not-shared':
      return <CompletenessNotice completeness={{ state: 'not-shared' }} />
    case 'withheld':
      return <p data-state="withheld">{t(`summary.allergies.withheld.${mode}`)}</p>
    case 'not-asked':
      return <p data-state="not-asked">{t('summary.allergies.notAsked')}</p>
    case 'not-on-file':
      return <p data-state="not-on-file">{t('summary.allergies.notOnFile')}</p>
    case 'no-known-allergies':
      return <p className="font-semibold">{t(list.drugOnly ? 'summary.allergies.nkda' : 'summary.allergies.nka')}</p>
    case 'list':
      return <AllergyList list={list} />
  }
}

export function AllergySummary({ session, first }: { session: SmartSession; first: boolean }) {
  const { t } = useI18n()
  const allergies = useQuery({ ...allergyQueries.list(session), retryOnMount: false })
  return (
    <SummaryPart id="summary-allergies" title={t('nav.allergies')} link="#allergies" linkText={t('summary.link.allergies')} wide={first}>
      <QueryGate query={allergies} what="allergies">
        {(data) => (
          <>
            <Incomplete completeness={data.completeness} onRetry={() => void allergies.refetch()} retrying={allergies.isFetching} />
            <AllergyState list={data.list} />
          </>
        )}
      </QueryGate>
    </SummaryPart>
  )
}
