// What the data layer noted about the history, in the user's language. A stream that broke off
// keeps what it loaded; the user is told it is incomplete and can try again.
import type { FhirWarning } from '../../fhir/warnings.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'

const CLIENT_NOTES: Array<[RegExp, MessageKey]> = [
  [/^paging-/, 'vitals.warning.paging'],
  [/^other-patient$/, 'vitals.warning.otherPatient'],
  [/^unreadable$/, 'vitals.warning.unreadable'],
]

function noteOf(t: ReturnType<typeof useI18n>['t'], w: FhirWarning): string {
  if (w.source === 'server') return t('vitals.warning.server', { message: w.message })
  const key = CLIENT_NOTES.find(([re]) => re.test(w.code))?.[1]
  return key ? t(key) : t('vitals.warning.server', { message: w.message })
}

export function StreamNotices({ warnings, loaded, onRetry, retrying }: { warnings: FhirWarning[]; loaded: number; onRetry: () => void; retrying: boolean }) {
  const { t, number } = useI18n()
  const partial = warnings.some((w) => w.code === 'partial')
  const notes = [...new Set(warnings.filter((w) => w.code !== 'partial').map((w) => noteOf(t, w)))]
  return (
    <>
      {partial && (
        <div role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-200">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('vitals.partial', { loaded: number(loaded) })}
          </p>
          <button type="button" className="btn mt-2" onClick={onRetry} disabled={retrying}>
            {t('action.retry')}
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  )
}
