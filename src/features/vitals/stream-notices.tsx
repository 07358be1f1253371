// What the data layer noted about the history, in the user's language. A stream that broke off
// keeps what it loaded; the user is told it is incomplete and can try again.
import { Incomplete } from '../../components/ui/completeness-notice.tsx'
import type { Completeness } from '../../fhir/completeness.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import { isStopNote } from '../medications/list-notes.tsx'
import { noticeKey } from '../notice-key.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'

const CLIENT_NOTES: Array<[RegExp, MessageKey]> = [
  [/^other-patient$/, 'vitals.warning.otherPatient'],
  [/^unreadable$/, 'vitals.warning.unreadable'],
]

function noteOf(t: ReturnType<typeof useI18n>['t'], w: FhirWarning): string {
  if (w.source === 'server') return t('vitals.warning.server', { message: w.message })
  const notice = noticeKey(w)
  if (notice) return t(notice)
  const key = CLIENT_NOTES.find(([re]) => re.test(w.code))?.[1]
  return key ? t(key) : t('vitals.warning.server', { message: w.message })
}

/** A history cut short is said by the IncompleteNotice above it, with its reason and a retry. */
export function StreamNotices({ warnings, completeness, onRetry, retrying }: { warnings: FhirWarning[]; completeness?: Completeness; onRetry: () => void; retrying: boolean }) {
  const { t } = useI18n()
  const notes = [...new Set(warnings.filter((w) => !isStopNote(w)).map((w) => noteOf(t, w)))]
  return (
    <>
      <Incomplete completeness={completeness} onRetry={onRetry} retrying={retrying} />
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
