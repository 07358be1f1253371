import type { ReactNode } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import { FailureDetail } from '../../components/ui/failure-notice.tsx'
import { failureOf } from '../../fhir/failure.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import { useI18n, type I18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { useQueryRows, type QueryRow, type RowState } from './query-rows.ts'
import { warningText } from './warning-text.ts'
import { Ban, Check, Circle, Ellipsis, Lock, TriangleAlert, type LucideIcon } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

// An icon beside every result word, so the state never rests on colour (or on reading the word).
const ICON = { shown: Check, empty: Circle, 'not-shared': Lock, 'not-supported': Ban, failed: TriangleAlert, loading: Ellipsis } as const

function resultOf(state: RowState, { t, number }: I18n): { icon: LucideIcon; text: string; bad: boolean } {
  if (state.kind === 'loading') {
    const text =
      state.loaded === undefined
        ? t('sources.result.loading')
        : state.total === undefined
          ? t('sources.result.streaming', { loaded: number(state.loaded) })
          : t('sources.result.streamingOf', { loaded: number(state.loaded), total: number(state.total) })
    return { icon: ICON.loading, text, bad: false }
  }
  if (state.kind === 'error') {
    const fault = failureOf(state.error).fault
    if (fault === 'not-supported') return { icon: ICON['not-supported'], text: t('sources.result.notSupported'), bad: false }
    return { icon: ICON.failed, text: t('sources.result.failed', { message: t(`fault.${fault}.short` as MessageKey) }), bad: true }
  }
  const c = state.completeness
  switch (c.state) {
    case 'shown':
      return { icon: ICON.shown, text: t('sources.result.shown', { count: number(c.count) }), bad: false }
    case 'empty':
      return { icon: ICON.empty, text: t('sources.result.empty'), bad: false }
    case 'not-shared':
      return { icon: ICON['not-shared'], text: t('sources.result.notShared'), bad: false }
  }
}

function Warning({ warning }: { warning: FhirWarning }) {
  const { t } = useI18n()
  const { from, body } = warningText(warning)
  return (
    <li>
      <span className="font-medium">{t(from)}:</span>{' '}
      {'raw' in body ? (
        // The server's own words (or an unknown note of this app's, which is English).
        <span lang={warning.source === 'client' ? 'en' : undefined}>{body.raw}</span>
      ) : (
        t(body.key, body.params)
      )}
    </li>
  )
}

function Notes({ row }: { row: QueryRow }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const { state } = row
  const items: ReactNode[] = []
  if (state.kind === 'done') {
    const c = state.completeness
    if (c.state === 'not-shared') items.push(<li key="why">{c.message ? t('sources.note.refused', { message: c.message }) : t('sources.note.notRequested')}</li>)
    state.warnings.forEach((w, i) => items.push(<Warning key={i} warning={w} />))
  }
  const failure = state.kind === 'error' ? failureOf(state.error) : undefined
  if (failure?.fault === 'not-supported') {
    items.push(<li key="why">{t('sources.note.notSupported', { message: failure.diagnostic ?? t('fault.not-supported.short') })}</li>)
  } else if (failure) {
    items.push(
      <li key="why">
        {t(`fault.${failure.fault}.sentence` as MessageKey)}
        <FailureDetail info={failure} />
      </li>,
    )
  }
  const failed = failure !== undefined && failure.fault !== 'not-supported'
  // An empty notes cell says "None" in the table; a patient's card simply has no notes line.
  if (!items.length && !failed) return mode === 'clinician' ? <span className="text-slate-600 dark:text-slate-400">{t('sources.queries.none')}</span> : null
  return (
    <>
      {items.length > 0 && <ul className="space-y-1">{items}</ul>}
      {failed && (
        <button type="button" className="btn mt-1" onClick={row.retry}>
          {t('sources.retry', { query: t(row.label) })}
        </button>
      )}
    </>
  )
}

function Result({ row }: { row: QueryRow }) {
  const i18n = useI18n()
  const r = resultOf(row.state, i18n)
  return (
    <span className={r.bad ? 'font-semibold text-red-800 dark:text-red-300' : 'font-semibold'}>
      <Glyph icon={r.icon} className="mr-1" />
      {r.text}
    </span>
  )
}

/** What each request returned: a dense table for clinicians, a plain list for patients. */
export function QueryResults({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const mode = useViewMode()
  const rows = useQueryRows(session)
  if (mode === 'patient') {
    return (
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.id} className="rounded border border-slate-300 p-3 dark:border-slate-600">
            <p className="font-medium">{t(row.label)}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <code>{row.request}</code>
            </p>
            <p className="mt-1">
              <Result row={row} />
            </p>
            <div className="mt-1 text-sm">
              <Notes row={row} />
            </div>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-1 pr-2">{t('sources.queries.request')}</th>
            <th scope="col" className="py-1 pr-2">{t('sources.queries.result')}</th>
            <th scope="col" className="py-1">{t('sources.queries.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="py-1 pr-2 font-normal">
                <code className="whitespace-nowrap">{row.request}</code>
                <span className="block text-slate-600 dark:text-slate-400">{t(row.label)}</span>
              </th>
              <td className="min-w-32 py-1 pr-2 wrap-break-word">
                <Result row={row} />
              </td>
              <td className="py-1 wrap-break-word">
                <Notes row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
