// "Where this came from" in words a reader uses: the health system, the date, who recorded it when the
// record names someone, and any comment recorded with it ("Called to provider."). The record's ids and FHIR paths are under "Technical details".
import type { Provenance } from '../../domain/provenance.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { About } from './about.ts'
import { explainText, type ExplainKey } from './messages.ts'

function dateOf(about: About | undefined): string | undefined {
  if (about?.kind === 'lab') return about.lab.effective ?? about.lab.issued
  if (about?.kind === 'vital') return about.reading.effective ?? about.reading.issued
  return about?.date
}

function notesOf(about: About | undefined): readonly string[] {
  if (about?.kind === 'lab') return about.lab.notes ?? []
  if (about?.kind === 'vital') return about.reading.notes ?? []
  return about?.notes ?? []
}

function recordedBy(about: About | undefined): string | undefined {
  if (about?.kind === 'lab') return about.lab.performer
  if (about?.kind === 'vital') return about.reading.performer
  return about?.recordedBy
}

export function WhereFrom({ system, about, provenance }: { system: string; about: About | undefined; provenance: Provenance }) {
  const { locale, date } = useI18n()
  const when = dateOf(about)
  const by = recordedBy(about)
  const rows: Array<[ExplainKey, string]> = [['origin.system', system]]
  if (when) rows.push(['origin.date', date(when, true)])
  else rows.push(['origin.updated', provenance.lastUpdated ? date(provenance.lastUpdated, true) : explainText(locale, 'origin.unknown')])
  if (by) rows.push(['origin.by', by])
  for (const note of notesOf(about)) rows.push(['origin.note', note])
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
      {rows.map(([term, value], i) => (
        <div key={`${term}:${i}`} className="contents">
          <dt className="font-medium">{explainText(locale, term)}</dt>
          <dd className="min-w-0 wrap-break-word">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
