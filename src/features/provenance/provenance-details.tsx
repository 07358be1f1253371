import { Fragment } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import type { FieldSource, Provenance } from '../../domain/provenance.ts'
import { RULES } from '../../domain/rules.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { dropText } from './drop-reason.ts'

const ruleKey = (id: string): MessageKey | undefined => (Object.hasOwn(RULES, id) ? (`rule.${id}` as MessageKey) : undefined)

const CODE = 'rounded bg-slate-100 px-1 font-mono text-[0.9em] wrap-break-word dark:bg-slate-800'

/** A FHIR path that may wrap after its dots and brackets, never inside a name. */
function Path({ path }: { path: string }) {
  const parts = path.split(/(?<=[.\]])/)
  return (
    <code className={CODE}>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </code>
  )
}

/** The normalization rules applied to one field, in words (with the rule id for clinicians). */
function Rules({ rules }: { rules: string[] }) {
  const { t } = useI18n()
  const clinician = useViewMode() === 'clinician'
  if (!rules.length) return <p>{t('provenance.drawer.noRules')}</p>
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {rules.map((id) => {
        const key = ruleKey(id)
        return (
          <li key={id}>
            {key ? t(key) : <code className={CODE}>{id}</code>}
            {key && clinician && <code className={`${CODE} ml-1 text-xs`}>{id}</code>}
          </li>
        )
      })}
    </ul>
  )
}

export function SourceFacts({ provenance }: { provenance: Provenance }) {
  const { t, date } = useI18n()
  const notGiven = t('provenance.drawer.notGiven')
  const facts: Array<[MessageKey, string, boolean]> = [
    ['provenance.drawer.type', provenance.resourceType, true],
    ['provenance.drawer.id', provenance.id ?? notGiven, provenance.id !== undefined],
    ['provenance.drawer.version', provenance.versionId ?? notGiven, false],
    ['provenance.drawer.updated', provenance.lastUpdated ? date(provenance.lastUpdated, true) : notGiven, false],
  ]
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
      {facts.map(([term, value, code]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{t(term)}</dt>
          <dd className="min-w-0">{code ? <code className={CODE}>{value}</code> : value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** FHIR path → model field, and the rules applied, for the chosen field. */
export function SelectedField({ name, source }: { name: string; source: FieldSource }) {
  const { t } = useI18n()
  return (
    <dl className="space-y-1">
      <div>
        <dt className="font-medium">{t('provenance.drawer.path')}</dt>
        <dd>
          <Path path={source.path} />
        </dd>
      </div>
      <div>
        <dt className="font-medium">{t('provenance.drawer.field')}</dt>
        <dd>
          <code className={CODE}>{name}</code>
        </dd>
      </div>
      <div>
        <dt className="font-medium">{t('provenance.drawer.rules')}</dt>
        <dd>
          <Rules rules={source.rules} />
        </dd>
      </div>
    </dl>
  )
}

/** Every field of the model: a table for clinicians, a list that fits 360 px for patients. */
export function AllFields({ provenance, selected }: { provenance: Provenance; selected?: string }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const fields = Object.entries(provenance.fields)
  const mark = (name: string) => (name === selected ? <span className="ml-1 text-xs font-semibold">({t('provenance.drawer.selected')})</span> : null)
  if (mode === 'patient') {
    return (
      <ul className="space-y-2">
        {fields.map(([name, source]) => (
          <li key={name} className={`rounded border p-2 ${name === selected ? 'border-blue-700 dark:border-blue-400' : 'border-slate-300 dark:border-slate-600'}`}>
            <p>
              <Path path={source.path} /> <span aria-hidden="true">→</span> <code className={CODE}>{name}</code>
              {mark(name)}
            </p>
            <div className="mt-1 text-sm">
              <Rules rules={source.rules} />
            </div>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-1 pr-2">{t('provenance.drawer.field')}</th>
          <th scope="col" className="py-1 pr-2">{t('provenance.drawer.path')}</th>
          <th scope="col" className="py-1">{t('provenance.drawer.rules')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([name, source]) => (
          <tr key={name} className={`border-b align-top border-slate-200 dark:border-slate-700 ${name === selected ? 'bg-blue-50 dark:bg-blue-950' : ''}`}>
            <th scope="row" className="py-1 pr-2 font-normal">
              <code className={`${CODE} whitespace-nowrap`}>{name}</code>
              {mark(name)}
            </th>
            <td className="py-1 pr-2">
              <Path path={source.path} />
            </td>
            <td className="py-1">
              <Rules rules={source.rules} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** What the mapper left out of the model, and why. */
export function Dropped({ provenance }: { provenance: Provenance }) {
  const { t, locale } = useI18n()
  if (!provenance.dropped.length) return <p>{t('provenance.drawer.droppedNone')}</p>
  return (
    <ul className="space-y-1">
      {provenance.dropped.map((d, i) => {
        const text = dropText(d.reason)
        return (
          <li key={`${d.path}-${i}`}>
            <Path path={d.path} />: {text ? t(text.key, text.params) : <span lang={locale === 'en' ? undefined : 'en'}>{d.reason}</span>}
          </li>
        )
      })}
    </ul>
  )
}
