// Warnings carry English text made by the FHIR layer (client notes) or the server's own words. The
// client notes have known codes, so they are re-worded in the user's language from their numbers;
// the server's words are shown as sent, since only the server knows what they mean.
import type { FhirWarning } from '../../fhir/warnings.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { noticeKey } from '../notice-key.ts'

export interface WarningText {
  /** Who says it: the server, or this app. */
  from: MessageKey
  /** A translated message, or the server's (or an unknown note's) own words, as sent. */
  body: { key: MessageKey; params: Record<string, string> } | { raw: string }
}

const firstNumber = (s: string) => /\d[\d,]*/.exec(s)?.[0] ?? '?'
const pagesOf = (s: string) => /after (\d+) page/.exec(s)?.[1] ?? '?'

function clientText(w: FhirWarning): { key: MessageKey; params: Record<string, string> } | undefined {
  const notice = noticeKey(w)
  if (notice) return { key: notice, params: {} }
  switch (w.code) {
    case 'unreadable':
      return { key: 'sources.warning.unreadable', params: { count: firstNumber(w.message) } }
    case 'other-patient':
      return { key: 'sources.warning.otherPatient', params: { count: firstNumber(w.message) } }
    case 'partial': {
      const m = /first (\d+) .*\((.*)\)\.?$/.exec(w.message)
      return m ? { key: 'sources.warning.partial', params: { count: m[1], reason: m[2] } } : undefined
    }
    case 'paging-foreign-next':
      return { key: 'sources.warning.pagingForeign', params: { pages: pagesOf(w.message) } }
    case 'paging-loop':
      return { key: 'sources.warning.pagingLoop', params: { pages: pagesOf(w.message) } }
    case 'paging-max-pages':
      return { key: 'sources.warning.pagingMaxPages', params: { pages: firstNumber(w.message) } }
    case 'paging-max-entries':
      return { key: 'sources.warning.pagingMaxEntries', params: {} }
    case 'medication-missing':
      return { key: 'sources.warning.medicationMissing', params: { count: firstNumber(w.message) } }
    case 'medication-lookup':
      return { key: 'sources.warning.medicationLookup', params: { message: w.message } }
    default:
      return undefined
  }
}

export function warningText(w: FhirWarning): WarningText {
  if (w.source === 'server') return { from: 'sources.warning.server', body: { raw: w.message } }
  return { from: 'sources.warning.app', body: clientText(w) ?? { raw: w.message } }
}
