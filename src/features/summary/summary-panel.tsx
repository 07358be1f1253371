// The one-screen (and one printed page) summary. Allergies open it when any is high-criticality;
// otherwise they come after the medications, vitals and abnormal labs.
import { useQuery } from '@tanstack/react-query'
import { Panel } from '../../components/ui/panel.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from '../allergies/queries.ts'
import { hasHighCriticality } from './allergy-split.ts'
import { AllergySummary } from './allergy-summary.tsx'
import { LabSummary } from './lab-summary.tsx'
import { MedicationSummary } from './medication-summary.tsx'
import { VitalSummary } from './vital-summary.tsx'

export function SummaryPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const { data: allergiesFirst = false } = useQuery({ ...allergyQueries.list(session), select: hasHighCriticality })
  return (
    <Panel id="summary" title={t('nav.summary')}>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-2 print:text-sm">
        {allergiesFirst && <AllergySummary session={session} first />}
        <MedicationSummary session={session} />
        <VitalSummary session={session} />
        <LabSummary session={session} />
        {!allergiesFirst && <AllergySummary session={session} first={false} />}
      </div>
    </Panel>
  )
}
