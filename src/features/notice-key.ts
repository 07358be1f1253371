// The notes the FHIR layer makes out of vendor notices (a withheld sub-type, a possibly partial record)
// carry English text; every screen words them from their code instead, in the user's language.
import type { FhirWarning } from '../fhir/warnings.ts'
import type { MessageKey } from '../i18n/catalog.ts'

const NOTICES: Record<string, MessageKey> = {
  withheld: 'incomplete.withheld',
  'partial-record': 'incomplete.partialRecord',
}

export function noticeKey(w: Pick<FhirWarning, 'source' | 'code'>): MessageKey | undefined {
  return w.source === 'client' ? NOTICES[w.code] : undefined
}
