// Patient view: one card per test in plain words, readable on a 360 px phone.
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import { valueText } from './lab-format.ts'
import type { LabGroup } from './lab-groups.ts'
import { labName } from './lab-names.ts'
import { earlierText, plainSentence, statusNote } from './lab-text.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import { TestButton, type TestButtonProps } from './test-button.tsx'
import { LabFlag } from './lab-flag.tsx'

export function LabCards({ groups, ...select }: { groups: LabGroup[] } & Omit<TestButtonProps, 'group' | 'name'>) {
  const i18n = useI18n()
  const { t, date } = i18n
  const mode = useViewMode()
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {groups.map((g) => {
        const name = labName(t, g, mode)
        const lab = g.latest
        const status = lab && statusNote(i18n, lab.status)
        const earlier = earlierText(i18n, g)
        return (
          <li key={g.key} className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="text-lg">
                <TestButton group={g} name={name} {...select} />
              </h3>
              <LabFlag lab={lab} />
            </div>
            <p className="mt-1">
              {plainSentence(i18n, g)}
              {lab && <ProvenanceButton label={`${name} ${valueText(i18n, lab.value)}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" about={{ kind: 'lab', lab }} />}
            </p>
            <p className="mt-1 text-[0.875em] text-slate-700 dark:text-slate-300">
              {lab && t('labs.testedOn', { date: date(lab.effective) })}
              {status && ` · ${status}`}
              {earlier && ` · ${earlier}`}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
