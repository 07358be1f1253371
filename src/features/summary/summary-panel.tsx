// The one-screen (and one printed page) summary. Its order is fixed before any data arrives, with
// allergies first (the high-risk alert's place is reserved at the top), and the parts are shown
// together once each has its first answer: one swap from a skeleton of the same layout, so nothing
// the user already sees is pushed down as the answers come in.
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useState } from 'react'
import { Panel } from '../../components/ui/panel.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from '../allergies/queries.ts'
import { labQueries } from '../labs/queries.ts'
import { medicationQueries } from '../medications/queries.ts'
import { vitalQueries } from '../vitals/queries.ts'
import { AllergySummary } from './allergy-summary.tsx'
import { LabSummary } from './lab-summary.tsx'
import { MedicationSummary } from './medication-summary.tsx'
import { SummarySkeleton } from './summary-skeleton.tsx'
import { VitalSummary } from './vital-summary.tsx'

const settled = (q: { isPending: boolean }) => !q.isPending
/** A server that never answers one search must not hide the parts that did answer. */
const WAIT_AT_MOST_MS = 4000

export function SummaryPanel({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  // The same queries the parts read (shared cache); a failed one counts as answered. The parts mount
  // with retryOnMount off, so a search that just failed is not sent again the moment they appear.
  const answered = [
    useQuery({ ...allergyQueries.list(session), select: () => true }),
    useQuery({ ...medicationQueries.list(session), select: () => true }),
    useQuery({ ...vitalQueries.stream(session), select: () => true }),
    useQuery({ ...labQueries.list(session), select: () => true }),
  ].every(settled)
  // Latched: a part refetching later (its Try again, or a failed query retried when the part mounts)
  // puts its query back to pending, and that must not swap the whole summary back to the skeleton.
  const [shown, setShown] = useState(false)
  if (answered && !shown) setShown(true)
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), WAIT_AT_MOST_MS)
    return () => clearTimeout(timer)
  }, [])
  // The four parts are drawn in a render React may pause, so the swap from the skeleton is many short
  // tasks instead of one long one that would hold up a tap on a slow phone.
  const drawn = useDeferredValue(shown)
  return (
    <Panel id="summary" title={t('nav.summary')}>
      {drawn ? (
        <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-2 print:text-sm">
          <AllergySummary session={session} first />
          <MedicationSummary session={session} />
          <VitalSummary session={session} />
          <LabSummary session={session} />
        </div>
      ) : (
        <SummarySkeleton />
      )}
    </Panel>
  )
}
