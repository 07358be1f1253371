// The flag shown for a lab: the server's interpretation, or else the app's computed flag, marked
// "computed" in words (not colour alone) and linked to its provenance, so the two never blur.
import { FlagBadge } from '../../components/ui/flag-badge.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { LabResult } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'

export function LabFlag({ lab, label }: { lab: LabResult | undefined; label?: string }) {
  const { t } = useI18n()
  if (!lab) return null
  if (lab.interpretation || !lab.derivedFlag) return <FlagBadge flag={lab.interpretation} />
  const d = lab.derivedFlag
  return (
    <span className="inline-flex items-center gap-1" data-flag-source="computed" title={t('labs.flag.computedHint', { basis: d.basis })}>
      <FlagBadge flag={d.flag} />
      <span className="text-[0.8em] italic">{t('labs.flag.computed')}</span>
      <ProvenanceButton label={`${label ?? lab.name ?? ''} ${t('labs.flag.computed')}`} provenance={lab.provenance} field="derivedFlag" about={{ kind: 'lab', lab }} />
    </span>
  )
}
