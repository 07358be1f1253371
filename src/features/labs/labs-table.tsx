// Clinician view: one dense row per test, fits an 800 px EHR frame. Short names and the change
// from the previous result let a row be read at a glance; the source's name stays in the title.
import { useI18n } from '../../i18n/i18n.tsx'
import { formatNumber, rangeText, valueText, withUnit } from './lab-format.ts'
import type { LabGroup } from './lab-groups.ts'
import { labChange, type LabChange } from './lab-change.ts'
import { shortLabName } from './lab-short-names.ts'
import { earlierText, statusNote } from './lab-text.ts'
import { ProvenanceButton } from '../../components/ui/provenance-button.tsx'
import type { TestButtonProps } from './test-button.tsx'
import { TestButton } from './test-button.tsx'
import { LabFlag } from './lab-flag.tsx'
import { Sparkline, sparkValues } from './sparkline.tsx'
import { ArrowDown, ArrowUp } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'
import { byPanel } from './lab-panels.ts'

type Fmt = ReturnType<typeof useI18n>

const SMALL = 'block text-[0.8em] text-slate-700 dark:text-slate-300'

function ChangeText({ change, i18n }: { change: LabChange; i18n: Fmt }) {
  const { t } = i18n
  if (change.kind !== 'compared') {
    const why = t(change.kind === 'no-previous' ? 'labs.change.noPrevious' : `labs.change.${change.reason}`)
    // The dash is what the eye scans for; the reason is there for whoever asks (hover, screen reader).
    return (
      <>
        <span aria-hidden="true" title={why}>—</span>
        <span className="sr-only">{why}</span>
      </>
    )
  }
  if (change.delta === 0) return <>{t('labs.change.same')}</>
  const up = change.delta > 0
  return (
    <span className="whitespace-nowrap">
      <Glyph icon={up ? ArrowUp : ArrowDown} />
      <span className="sr-only">{t(up ? 'labs.change.up' : 'labs.change.down')}</span>{' '}
      {withUnit(formatNumber(i18n, Math.abs(change.delta)), change.unit, change.unitDisplay)}
    </span>
  )
}

export function LabsTable({ groups, ...select }: { groups: LabGroup[] } & Omit<TestButtonProps, 'group' | 'name' | 'fullName'>) {
  const i18n = useI18n()
  const { t, date } = i18n
  const panels = byPanel(groups)
  return (
    <table className="w-full border-collapse text-left text-[0.875em]">
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="py-1 pr-2">{t('labs.col.test')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.result')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.range')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.flag')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.date')}</th>
          <th scope="col" className="py-1 pr-2">{t('labs.col.previous')}</th>
          <th scope="col" className="py-1">{t('labs.col.change')}</th>
        </tr>
      </thead>
      {panels.map(({ panel, groups: inPanel }) => (
        <tbody key={panel} data-panel={panel}>
          {panels.length > 1 && (
            <tr className="border-b border-slate-400">
              <th scope="rowgroup" colSpan={7} className="pt-3 pb-1 text-left text-[0.8em] font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
                {t(`labs.panel.${panel}`)}
              </th>
            </tr>
          )}
            {inPanel.map((g) => {
              const name = shortLabName(t, g)
              const lab = g.latest
              const value = lab ? valueText(i18n, lab.value) : undefined
              const status = lab && statusNote(i18n, lab.status)
              const change = labChange(g)
              const earlier = earlierText(i18n, g)
              return (
                <tr key={g.key} className="border-b border-slate-200 align-top dark:border-slate-700">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    <TestButton group={g} name={name} {...(g.name !== undefined && g.name !== name && { fullName: g.name })} {...select} />
                    {g.loinc && <span className={SMALL}>{t('labs.loinc', { code: g.loinc })}</span>}
                  </th>
                  <td className="py-1 pr-2">
                    {lab && value !== undefined ? (
                      <>
                        <span className="font-semibold">{value}</span>
                        <ProvenanceButton label={`${name} ${value}, ${date(lab.effective)}`} provenance={lab.provenance} field="value" about={{ kind: 'lab', lab }} />
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
                  <td className="py-1 pr-2">
                    {change.kind === 'no-previous' ? (
                      '—'
                    ) : (
                      <>
                        {valueText(i18n, change.previous.value)}
                        <span className={SMALL}>{date(change.previous.effective)}</span>
                      </>
                    )}
                    {earlier && <span className={SMALL}>{earlier}</span>}
                  </td>
                  <td className="py-1">
                    <ChangeText change={change} i18n={i18n} />
                    <Sparkline values={sparkValues(g)} />
                  </td>
                </tr>
              )
            })}
        </tbody>
      ))}
    </table>
  )
}
