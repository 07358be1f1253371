import type { FhirWarning } from '../../fhir/warnings.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { isStopNote } from '../medications/list-notes.tsx'
import { noticeKey } from '../notice-key.ts'

/** Notes that come with a list (partly loaded, some results hidden). The server's text is data, shown as is. */
export function WarningList({ warnings }: { warnings: FhirWarning[] }) {
  const { t } = useI18n()
  // A list cut short is said by IncompleteNotice, with its reason.
  const shown = warnings.filter((w) => w.severity !== 'information' && !isStopNote(w))
  if (!shown.length) return null
  const noticeText = (w: FhirWarning) => {
    const key = noticeKey(w)
    return key ? t(key) : w.message
  }
  return (
    <div className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-[0.875em] text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{t('labs.warnings')}</p>
      <ul className="list-disc pl-5">
        {shown.map((w, i) => (
          <li key={i}>{noticeText(w)}</li>
        ))}
      </ul>
    </div>
  )
}
