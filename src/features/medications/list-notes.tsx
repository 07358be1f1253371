// Warnings that came with a list (the server's "may not be the entire record", the client's "only
// part could be loaded"). Server text is shown as sent; client notes are worded here so they are
// translated. Shared by the medication and allergy lists.
import type { FhirWarning } from '../../fhir/warnings.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { noticeKey } from '../notice-key.ts'

/** Said by IncompleteNotice instead, with its reason. */
export const isStopNote = (w: FhirWarning) => w.source === 'client' && (w.code === 'partial' || w.code.startsWith('paging-'))

function clientNote(w: FhirWarning): MessageKey {
  const notice = noticeKey(w)
  if (notice) return notice
  const code = w.code
  if (code === 'unreadable') return 'medications.notes.unreadable'
  if (code === 'other-patient') return 'medications.notes.otherPatient'
  if (code === 'medication-missing' || code === 'medication-lookup') return 'medications.notes.missingDetails'
  return 'medications.notes.other'
}

export function ListNotes({ warnings }: { warnings: FhirWarning[] }) {
  const { t } = useI18n()
  const lines = [
    ...new Set(warnings.filter((w) => !isStopNote(w)).map((w) => (w.source === 'server' ? t('medications.notes.server', { message: w.message }) : t(clientNote(w))))),
  ]
  if (lines.length === 0) return null
  return (
    <ul aria-label={t('medications.notes.label')} className="mt-3 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
