// The allergy list. What "nothing to show" means comes from the domain's list state, never from an
// empty array: none known, not on file, never asked, withheld and not shared each read differently.
import { useQuery } from '@tanstack/react-query'
import { Incomplete } from '../../components/ui/completeness-notice.tsx'
import { WITHHELD_CODE } from '../../fhir/completeness.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import { QueryView } from '../../components/ui/failure-notice.tsx'
import { Panel } from '../../components/ui/panel.tsx'
import { useViewMode } from '../../app/view-mode.tsx'
import type { AllergyListState } from '../../domain/allergy-list.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { ListNotes } from '../medications/list-notes.tsx'
import { AllergyCards } from './allergy-cards.tsx'
import { sortAllergies } from './allergy-order.ts'
import { AllergyStateNotice, emptyStateOf } from './allergy-state-notice.tsx'
import { AllergyTable } from './allergy-table.tsx'
import { HiddenAllergies } from './hidden-allergies.tsx'
import { allergyQueries } from './queries.ts'

function AllergyList({ session, list }: { session: SmartSession; list: AllergyListState }) {
  const mode = useViewMode()
  if (list.kind !== 'list' || list.items.length === 0) {
    return (
      <>
        <AllergyStateNotice state={emptyStateOf(list)} />
        {list.kind === 'list' && <HiddenAllergies session={session} count={list.hidden} />}
      </>
    )
  }
  const items = sortAllergies(list.items)
  return (
    <>
      {mode === 'clinician' ? <AllergyTable items={items} /> : <AllergyCards items={items} />}
      <HiddenAllergies session={session} count={list.hidden} />
    </>
  )
}

/** The withheld state already says so; the general caveat under it would only repeat it. */
function notesFor(list: AllergyListState, warnings: FhirWarning[]): FhirWarning[] {
  return list.kind === 'withheld' ? warnings.filter((w) => !(w.source === 'client' && w.code === WITHHELD_CODE)) : warnings
}

export function AllergiesPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const query = useQuery(allergyQueries.list(session))
  return (
    <Panel id="allergies" title={t('nav.allergies')}>
      <QueryView query={query} what="allergies">
        {(data) => (
          <>
            <Incomplete completeness={data.completeness} onRetry={() => void query.refetch()} retrying={query.isFetching} />
            <AllergyList session={session} list={data.list} />
            <ListNotes warnings={notesFor(data.list, data.warnings)} />
          </>
        )}
      </QueryView>
    </Panel>
  )
}
