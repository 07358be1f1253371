import { useQuery } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { QueryView } from '../../components/ui/failure-notice.tsx'
import { Panel } from '../../components/ui/panel.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { LabCards } from './lab-cards.tsx'
import type { LabGroup } from './lab-groups.ts'
import { selectLabGroups } from './lab-select.ts'
import { listLabName } from './lab-short-names.ts'
import { LabTrend } from './lab-trend.tsx'
import { LabsTable } from './labs-table.tsx'
import { labQueries } from './queries.ts'
import { WarningList } from './warning-list.tsx'

export function LabsPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const labs = useQuery({ ...labQueries.list(session), select: selectLabGroups })
  const [selected, setSelected] = useState<string>()
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const register = useCallback((key: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el)
    else buttons.current.delete(key)
  }, [])
  const close = () => {
    const key = selected
    setSelected(undefined)
    if (key) buttons.current.get(key)?.focus()
  }
  const onSelect = (key: string) => (key === selected ? close() : setSelected(key))
  // The trend is titled as its row is; a clinician's short name brings the source's full one along.
  const trendNames = (group: LabGroup) => {
    const name = listLabName(t, group, mode)
    if (mode !== 'clinician') return { name }
    return { name, ...(group.name !== undefined && group.name !== name && { sourceName: group.name }) }
  }

  const body = ({ groups, completeness, warnings }: NonNullable<typeof labs.data>) => {
    const group = groups.find((g) => g.key === selected)
    const List = mode === 'clinician' ? LabsTable : LabCards
    return (
      <>
        <Incomplete completeness={completeness} onRetry={() => void labs.refetch()} retrying={labs.isFetching} />
        <CompletenessNotice completeness={completeness} emptyText={t('labs.empty')} />
        <WarningList warnings={warnings} />
        {groups.length > 0 && <List groups={groups} selected={selected} onSelect={onSelect} register={register} />}
        {group && <LabTrend key={group.key} group={group} onClose={close} {...trendNames(group)} />}
      </>
    )
  }

  return (
    <Panel id="labs" title={t('nav.labs')}>
      <QueryView query={labs} what="labs" lines={5}>
        {body}
      </QueryView>
    </Panel>
  )
}
