// The medication list: current medications first, then stopped or completed ones, as a dense
// table for clinicians and as plain-language cards for patients.
import { useQuery } from '@tanstack/react-query'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { QueryView } from '../../components/ui/failure-notice.tsx'
import { Panel } from '../../components/ui/panel.tsx'
import { useViewMode } from '../../app/view-mode.tsx'
import type { MedicationItem } from '../../domain/medication.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { ListNotes } from './list-notes.tsx'
import { MedicationCards } from './medication-cards.tsx'
import { toMedicationView, type MedicationView } from './medication-groups.ts'
import { MedicationTable } from './medication-table.tsx'
import { medicationQueries } from './queries.ts'

// Module-level so `select` keeps a stable identity and only reruns when the data changes.
const select = (data: Parameters<typeof toMedicationView>[0]) => toMedicationView(data)

function Group({ id, title, items, past, emptyText }: { id: string; title: string; items: MedicationItem[]; past: boolean; emptyText?: string }) {
  const mode = useViewMode()
  const { number } = useI18n()
  if (items.length === 0 && emptyText === undefined) return null
  return (
    <section aria-labelledby={id} className="mt-3 first:mt-0">
      <h3 id={id} className="mb-2 font-semibold">
        {title} ({number(items.length)})
      </h3>
      {items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{emptyText}</p>
      ) : mode === 'clinician' ? (
        <div className="overflow-x-auto">
          <MedicationTable items={items} labelId={id} past={past} />
        </div>
      ) : (
        <MedicationCards items={items} labelId={id} past={past} />
      )}
    </section>
  )
}

function MedicationLists({ view }: { view: MedicationView }) {
  const { t } = useI18n()
  const none = view.active.length === 0 && view.past.length === 0 && view.onHold.length === 0
  return (
    <>
      {none ? (
        <p className="text-slate-700 dark:text-slate-300">{t('medications.empty')}</p>
      ) : (
        <>
          <Group id="medications-active" title={t('medications.group.active')} items={view.active} past={false} emptyText={t('medications.group.activeEmpty')} />
          {view.onHold.length > 0 && <Group id="medications-on-hold" title={t('medications.group.onHold')} items={view.onHold} past />}
          <Group id="medications-past" title={t('medications.group.past')} items={view.past} past />
        </>
      )}
      {view.hidden > 0 && (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          {view.hidden === 1 ? t('medications.hiddenOne') : t('medications.hiddenMany', { count: view.hidden })}
        </p>
      )}
    </>
  )
}

export function MedicationsPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const query = useQuery({ ...medicationQueries.list(session), select })
  return (
    <Panel id="medications" title={t('nav.medications')}>
      <QueryView query={query} what="medications">
        {(data) => (
          <>
            <Incomplete completeness={data.completeness} onRetry={() => void query.refetch()} retrying={query.isFetching} />
            {data.completeness.state === 'shown' ? (
              <MedicationLists view={data} />
            ) : (
              <CompletenessNotice completeness={data.completeness} emptyText={t('medications.empty')} />
            )}
            <ListNotes warnings={data.warnings} />
          </>
        )}
      </QueryView>
    </Panel>
  )
}
