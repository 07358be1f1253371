// The critical results of the last 90 days, at the top of the labs part: a critical potassium in May
// must not hide behind a normal result in June. Nothing is drawn when there are none.
import { useId } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { LabResult } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { valueText } from '../labs/lab-format.ts'
import { LabFlag } from '../labs/lab-flag.tsx'
import { labKey } from '../labs/lab-groups.ts'
import { labName } from '../labs/lab-names.ts'
import { CRITICAL_WINDOW_DAYS } from '../labs/recent-criticals.ts'

export function CriticalLabs({ labs }: { labs: LabResult[] }) {
  const i18n = useI18n()
  const { t, date } = i18n
  const mode = useViewMode()
  const titleId = useId()
  if (!labs.length) return null
  return (
    <div role="group" aria-labelledby={titleId} data-testid="critical-labs" className="mb-2 rounded border-l-4 border-red-700 bg-red-50 py-1 pr-2 pl-2 dark:border-red-400 dark:bg-red-950">
      <h4 id={titleId} className="font-semibold text-red-900 dark:text-red-200">
        {t('summary.labs.critical.title', { days: CRITICAL_WINDOW_DAYS })}
      </h4>
      <ul className="space-y-1">
        {labs.map((lab, i) => {
          const name = labName(t, { ...lab, key: labKey(lab) }, mode)
          const value = valueText(i18n, lab.value)
          return (
            <li key={lab.id ?? i}>
              <span className="font-semibold">{name}</span> <LabFlag lab={lab} label={name} />
              <span className="block">
                {value}
                <span className="text-[0.875em] text-slate-700 dark:text-slate-300"> · {date(lab.effective)}</span>
                <ProvenanceButton label={`${name} ${value}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" about={{ kind: 'lab', lab }} />
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
