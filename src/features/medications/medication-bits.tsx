// Small pieces both medication layouts use: the reported/prescribed badge, status, as-needed and
// the provenance button with its translated name.
import type { MedicationItem } from '../../domain/medication.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { useViewMode, type ViewMode } from '../../app/view-mode.tsx'
import { medicationAbout } from './medication-about.ts'
import { medicationNameFor } from './plain-name.ts'

/** Words first, colour second: the badge reads the same in greyscale and to a screen reader. */
export function SourceBadge({ item }: { item: MedicationItem }) {
  const { t } = useI18n()
  const style = item.reported
    ? 'border-violet-700 bg-violet-50 text-violet-900 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100'
    : 'border-slate-500 bg-slate-50 text-slate-800 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100'
  return (
    <span className={`inline-block rounded border px-1.5 text-xs font-medium whitespace-nowrap ${style}`}>
      {t(item.reported ? 'medications.badge.reported' : 'medications.badge.prescribed')}
    </span>
  )
}

/** A past entry whose status still says active has simply run past its end date. */
export function statusKey(item: MedicationItem): MessageKey {
  return item.status === 'active' ? 'medications.status.ended' : `medications.status.${item.status}`
}

export function asNeededText(item: MedicationItem, t: ReturnType<typeof useI18n>['t'], plain: boolean): string | undefined {
  if (!item.asNeeded) return undefined
  if (item.asNeededReason === undefined) return t(plain ? 'medications.patient.asNeeded' : 'medications.asNeeded')
  return t(plain ? 'medications.patient.asNeededFor' : 'medications.asNeededFor', { reason: item.asNeededReason })
}

export function medicationName(item: MedicationItem, t: ReturnType<typeof useI18n>['t'], mode: ViewMode): string {
  return item.name === undefined ? t('medications.unnamed') : medicationNameFor(item.name, mode)
}

export function MedicationProvenance({ item }: { item: MedicationItem }) {
  const { t } = useI18n()
  const name = medicationName(item, t, useViewMode())
  return <ProvenanceButton label={name} provenance={item.provenance} field="name" about={medicationAbout(item)} />
}

export function IngredientList({ labels, id }: { labels: string[]; id: string }) {
  const { t } = useI18n()
  if (labels.length === 0) return null
  return (
    <div className="mt-1 text-sm">
      <span id={id} className="font-medium">
        {t('medications.ingredients')}
      </span>
      <ul aria-labelledby={id} className="list-disc pl-5">
        {labels.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  )
}
