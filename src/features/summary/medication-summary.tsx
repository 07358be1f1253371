import { useQuery } from '@tanstack/react-query'
import { CompletenessNotice, Incomplete } from '../../components/ui/completeness-notice.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { fullInstructions } from '../medications/built-sig.ts'
import { medicationAbout } from '../medications/medication-about.ts'
import { medicationNameFor } from '../medications/plain-name.ts'
import { useViewMode } from '../../app/view-mode.tsx'
import { activeMedications, medicationQueries, type MedicationData } from '../medications/queries.ts'
import { QueryGate, SummaryPart } from './summary-part.tsx'

const selectActive = (data: MedicationData) => ({ items: activeMedications(data), completeness: data.completeness })

export function MedicationSummary({ session }: { session: SmartSession }) {
  const i18n = useI18n()
  const mode = useViewMode()
  const { t } = i18n
  const meds = useQuery({ ...medicationQueries.list(session), select: selectActive, retryOnMount: false })
  return (
    <SummaryPart id="summary-medications" title={t('summary.medications.title')} link="#medications" linkText={t('summary.link.medications')}>
      <QueryGate query={meds} what="medications">
        {({ items, completeness }) => (
          <>
          <Incomplete completeness={completeness} onRetry={() => void meds.refetch()} retrying={meds.isFetching} />
          {completeness.state !== 'shown' ? (
            <CompletenessNotice completeness={completeness} emptyText={t('summary.medications.none')} />
          ) : items.length === 0 ? (
            <p>{t('summary.medications.noneActive')}</p>
          ) : (
            <ul className="space-y-1">
              {items.map((m, i) => {
                const name = m.name === undefined ? t('summary.medications.unnamed') : medicationNameFor(m.name, mode)
                // The whole instruction, dose and frequency included, on screen and in print.
                const { main, extra } = fullInstructions(i18n, m)
                return (
                  <li key={m.id ?? i}>
                    <span className="font-semibold">{name}</span>
                    {m.reported && <span className="text-[0.875em]"> · {t('summary.medications.reported')}</span>}
                    <ProvenanceButton label={name} provenance={m.provenance} field="name" about={medicationAbout(m)} />
                    {main && <span className="block text-[0.875em] text-slate-700 dark:text-slate-300">{main}</span>}
                    {extra && (
                      <span className="block text-[0.875em] text-slate-700 dark:text-slate-300">
                        {t('medications.patientInstruction')} {extra}
                      </span>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
          </>
        )}
      </QueryGate>
    </SummaryPart>
  )
}
