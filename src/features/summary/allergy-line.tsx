import type { AllergyItem } from '../../domain/allergy.ts'
import type { Severity } from '../../domain/allergy-reaction.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'

const RANK: Record<Severity, number> = { mild: 1, moderate: 2, severe: 3 }

/** "Penicillins — Hives, Anaphylaxis (severe)". */
export function AllergyLine({ allergy }: { allergy: AllergyItem }) {
  const { t } = useI18n()
  const substance = allergy.substance ?? t('summary.allergies.unnamed')
  const reactions = [...new Set(allergy.reactions.flatMap((r) => (r.manifestations.length ? r.manifestations.map((m) => m.text ?? m.code?.display ?? '') : [r.description ?? ''])))].filter(Boolean)
  const worst = allergy.reactions.map((r) => r.severity).filter((s): s is Severity => s !== undefined).sort((a, b) => RANK[b] - RANK[a])[0]
  return (
    <li>
      <span className="font-semibold">{substance}</span>
      {reactions.length > 0 && <span> — {reactions.join(', ')}</span>}
      {worst && <span> ({t(`summary.severity.${worst}`)})</span>}
      {allergy.verificationStatus === 'unconfirmed' && <span className="text-[0.875em]"> · {t('summary.allergies.unconfirmed')}</span>}
      <ProvenanceButton label={substance} provenance={allergy.provenance} />
    </li>
  )
}
