// Pieces shared by the clinician table and the patient cards.
import type { AllergyItem } from '../../domain/allergy.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { calendarDay } from '../medications/display-date.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { allergyAbout } from './allergy-about.ts'
import { reactionWords } from './allergy-order.ts'
import { TriangleAlert } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

/** High criticality must stand out: warning icon, words and colour together, never colour alone. */
export function CriticalityBadge({ item, plain }: { item: AllergyItem; plain: boolean }) {
  const { t } = useI18n()
  if (!item.criticality) return null
  const key: MessageKey = plain ? `allergies.patient.${item.criticality}` : `allergies.criticality.${item.criticality}`
  if (item.criticality !== 'high') return <span className="text-sm">{t(key)}</span>
  return (
    <strong className="inline-flex items-center gap-1 rounded border border-red-700 bg-red-100 px-1.5 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
      <Glyph icon={TriangleAlert} />
      {t(key)}
    </strong>
  )
}

export function ReactionList({ item }: { item: AllergyItem }) {
  const { t } = useI18n()
  const lines = item.reactions
    .map((r) => {
      const words = reactionWords(r)
      if (words === undefined) return undefined
      return r.severity ? t('allergies.reaction', { manifestation: words, severity: t(`allergies.severity.${r.severity}`) }) : words
    })
    .filter((l): l is string => l !== undefined)
  if (lines.length === 0) return <span className="text-slate-700 dark:text-slate-300">{t('allergies.noReactions')}</span>
  return (
    <ul className="space-y-0.5">
      {lines.map((l, i) => (
        <li key={`${i}-${l}`}>{l}</li>
      ))}
    </ul>
  )
}

/** Clinical and verification status, category and type, as words ("Active · Confirmed"). */
export function statusWords(item: AllergyItem, t: ReturnType<typeof useI18n>['t']): string[] {
  return [
    item.clinicalStatus && t(`allergies.clinical.${item.clinicalStatus}`),
    item.verificationStatus && t(`allergies.verification.${item.verificationStatus}`),
  ].filter((w): w is string => Boolean(w))
}

export function kindWords(item: AllergyItem, t: ReturnType<typeof useI18n>['t']): string[] {
  return [...item.categories.map((c) => t(`allergies.category.${c}`)), ...(item.type ? [t(`allergies.type.${item.type}`)] : [])]
}

export function onsetDate(item: AllergyItem, date: ReturnType<typeof useI18n>['date']): string | undefined {
  if (!item.onset) return undefined
  const d = date(calendarDay(item.onset))
  // The qualifier ("About", "After") is the source's own wording, kept as sent.
  return item.onsetQualifier ? `${d} (${item.onsetQualifier})` : d
}

export function allergyName(item: AllergyItem, t: ReturnType<typeof useI18n>['t']): string {
  return item.substance ?? t('allergies.unnamed')
}

export function AllergyProvenance({ item }: { item: AllergyItem }) {
  const { t } = useI18n()
  const name = allergyName(item, t)
  return <ProvenanceButton label={name} provenance={item.provenance} field="substance" about={allergyAbout(item)} />
}
