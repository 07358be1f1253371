import type { AllergyItem } from '../../domain/allergy.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { allergyAbout } from '../allergies/allergy-about.ts'

/**
 * "Penicillins — Hives (moderate), Anaphylaxis (severe)": each severity follows the reaction it was
 * recorded for, so a mild rash never reads as severe because another reaction was.
 */
export function AllergyLine({ allergy }: { allergy: AllergyItem }) {
  const { t } = useI18n()
  const substance = allergy.substance ?? t('summary.allergies.unnamed')
  const parts = allergy.reactions.map((r) => {
    const words = r.manifestations.length ? r.manifestations.map((m) => m.text ?? m.code?.display ?? '').filter(Boolean) : [r.description ?? ''].filter(Boolean)
    return { words, severity: r.severity }
  })
  // A reaction with several manifestations keeps its commas; reactions are then set apart by semicolons.
  const separator = parts.some((p) => p.words.length > 1) ? '; ' : ', '
  const reactions = [
    ...new Set(parts.filter((p) => p.words.length).map((p) => p.words.join(', ') + (p.severity ? ` (${t(`summary.severity.${p.severity}`)})` : ''))),
  ]
  return (
    <li>
      <span className="font-semibold">{substance}</span>
      {reactions.length > 0 && <span> — {reactions.join(separator)}</span>}
      {allergy.verificationStatus === 'unconfirmed' && <span className="text-[0.875em]"> · {t('summary.allergies.unconfirmed')}</span>}
      <ProvenanceButton label={substance} provenance={allergy.provenance} about={allergyAbout(allergy)} />
    </li>
  )
}
