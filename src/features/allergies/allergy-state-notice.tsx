// The ways an allergy list can have nothing to show, each worded and marked differently: "none
// known" is a clinical statement; "not on file", "not asked", "withheld" and "not shared" are not.
import { useViewMode, type ViewMode } from '../../app/view-mode.tsx'
import type { AllergyListState } from '../../domain/allergy-list.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { Check, CircleHelp, EyeOff, Lock, Minus, type LucideIcon } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

type EmptyState = Exclude<AllergyListState['kind'], 'list'> | 'no-known-drug-allergies' | 'none-listed'

/** A detail per view mode where patients need to be told what to do, not what the EHR did. */
type Detail = MessageKey | Record<ViewMode, MessageKey>

const LOOK: Record<EmptyState, { icon: LucideIcon; title: MessageKey; detail?: Detail; className: string }> = {
  'no-known-allergies': { icon: Check, title: 'allergies.state.noneKnown', detail: 'allergies.state.noneKnownDetail', className: 'border-emerald-700 dark:border-emerald-400' },
  'no-known-drug-allergies': { icon: Check, title: 'allergies.state.noDrug', detail: 'allergies.state.noDrugDetail', className: 'border-emerald-700 dark:border-emerald-400' },
  'not-on-file': { icon: CircleHelp, title: 'allergies.state.notOnFile', detail: 'allergies.state.notOnFileDetail', className: 'border-amber-700 dark:border-amber-400' },
  'not-asked': { icon: CircleHelp, title: 'allergies.state.notAsked', detail: 'allergies.state.notAskedDetail', className: 'border-amber-700 dark:border-amber-400' },
  withheld: {
    icon: EyeOff,
    title: 'allergies.state.withheld',
    detail: { clinician: 'allergies.state.withheldDetail.clinician', patient: 'allergies.state.withheldDetail.patient' },
    className: 'border-amber-700 dark:border-amber-400',
  },
  'not-shared': { icon: Lock, title: 'allergies.state.notShared', detail: 'allergies.state.notSharedDetail', className: 'border-slate-500 dark:border-slate-400' },
  'none-listed': { icon: Minus, title: 'allergies.state.noneListed', className: 'border-slate-500 dark:border-slate-400' },
}

/** The state's look; `list` is only passed here when it has no visible items. */
export function emptyStateOf(list: AllergyListState): EmptyState {
  if (list.kind === 'list') return 'none-listed'
  if (list.kind === 'no-known-allergies') return list.drugOnly ? 'no-known-drug-allergies' : 'no-known-allergies'
  return list.kind
}

export function AllergyStateNotice({ state }: { state: EmptyState }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const look = LOOK[state]
  const detail = typeof look.detail === 'object' ? look.detail[mode] : look.detail
  return (
    <div data-state={state} className={`rounded border-l-4 py-1 pl-3 ${look.className}`}>
      <p className="font-semibold">
        <Glyph icon={look.icon} className="mr-1" />
        {t(look.title)}
      </p>
      {detail && <p className="text-slate-700 dark:text-slate-300">{t(detail)}</p>}
    </div>
  )
}
