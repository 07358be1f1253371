// One lab result on the Summary: name and flag, then value and date, with its ⓘ.
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { LabResult } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { valueText } from '../labs/lab-format.ts'
import { LabFlag } from '../labs/lab-flag.tsx'

export function LabLine({ lab, name }: { lab: LabResult; name: string }) {
  const i18n = useI18n()
  const { date } = i18n
  const value = valueText(i18n, lab.value)
  return (
    <li>
      <span className="font-semibold">{name}</span> <LabFlag lab={lab} label={name} />
      <span className="block">
        {value}
        <span className="text-[0.875em] text-slate-700 dark:text-slate-300"> · {date(lab.effective)}</span>
        <ProvenanceButton label={`${name} ${value}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" about={{ kind: 'lab', lab }} />
      </span>
    </li>
  )
}
