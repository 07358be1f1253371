// The critical results of the last 90 days, at the top of the labs part: a critical potassium in May
// must not hide behind a normal result in June. Nothing is drawn when there are none.
import { useId } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import type { LabResult } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { labKey } from '../labs/lab-groups.ts'
import { listLabName } from '../labs/lab-short-names.ts'
import { CRITICAL_WINDOW_DAYS } from '../labs/recent-criticals.ts'
import { LabLine } from './lab-line.tsx'

export function CriticalLabs({ labs }: { labs: LabResult[] }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const titleId = useId()
  if (!labs.length) return null
  return (
    <div role="group" aria-labelledby={titleId} data-testid="critical-labs" className="mb-2 rounded border-l-4 border-red-700 bg-red-50 py-1 pr-2 pl-2 dark:border-red-400 dark:bg-red-950">
      <h4 id={titleId} className="font-semibold text-red-900 dark:text-red-200">
        {t('summary.labs.critical.title', { days: CRITICAL_WINDOW_DAYS })}
      </h4>
      <ul className="space-y-1">
        {labs.map((lab, i) => (
          <LabLine key={lab.id ?? i} lab={lab} name={listLabName(t, { ...lab, key: labKey(lab) }, mode)} />
        ))}
      </ul>
    </div>
  )
}
