// Clinician view: one dense row per test, fits an 800 px EHR frame.
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import { rangeText, valueText } from './lab-format.ts'
import type { LabGroup } from './lab-groups.ts'
import { labName } from './lab-names.ts'
import { earlierText, statusNote } from './lab-text.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { TestButtonProps } from './test-button.tsx'
import { TestButton } from './test-button.tsx'
import { LabFlag } from './lab-flag.tsx'

export function LabsTable({ groups, ...select }: { groups: LabGroup[] } & Omit<TestButtonProps, 'group' | 'name'>) {
  const i18n = useI18n()
  const { t, date } = i18n
  const mode = useViewMode()
  return (
    <table className="w-full border-collapse text-left text-[0.875em]">
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="py-1 pr-2">{t('labs.col.test')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.result')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.range')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.flag')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.date')}</th>
          <th scope="col" className="py-1">{t('labs.col.earlier')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const name = labName(t, g, mode)
          const lab = g.latest
          const value = lab ? valueText(i18n, lab.value) : undefined
          const status = lab && statusNote(i18n, lab.status)
          return (
            <tr key={g.key} className="border-b border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="py-1 pr-2 font-normal">
                <TestButton group={g} name={name} {...select} />
                {g.loinc && <span className="block text-[0.8em] text-slate-700 dark:text-slate-300">{t('labs.loinc', { code: g.loinc })}</span>}
              </th>
              <td className="py-1 pr-2">
                {lab && value !== undefined ? (
                  <>
                    <span className="font-semibold">{value}</span>
                    <ProvenanceButton label={`${name} ${value}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" />
                  </>
                ) : (
                  t('labs.allRetracted')
                )}
              </td>
              <td className="py-1 pr-2">{rangeText(i18n, lab?.referenceRange) ?? '—'}</td>
              <td className="py-1 pr-2">
                <LabFlag lab={lab} label={name} />
              </td>
              <td className="py-1 pr-2 whitespace-nowrap">
                {date(lab?.effective)}
                {status && <span className="block text-[0.8em]">{status}</span>}
              </td>
              <td className="py-1">{earlierText(i18n, g) ?? '—'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
