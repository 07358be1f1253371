// The knobs in which server families differ. Each adapter under ./adapters is one set of these
// values (plus comments saying where each value comes from); the machinery in create-adapter.ts
// is shared.
import type { ServerFlavor } from '../launch/smart-session.ts'
import type { SigTrailerParser } from '../domain/sig-trailer.ts'
import type { FhirWarning } from './warnings.ts'

export interface PageSizes {
  /** `_count` for Observation searches, by category; `default` for categories not listed. */
  observation: Record<string, number> & { default: number }
  medicationRequest?: number
  /** Undefined: send no `_count` (servers that never page the type). */
  allergy?: number
}

export interface AdapterRules {
  flavor: ServerFlavor
  pageSizes: PageSizes
  /** `_include=MedicationRequest:medication` is supported. */
  includeMedication: boolean
  /** Missing Medications are read with `Medication?_id=a,b,c`, this many ids per request; 0 = never. */
  medicationBatchSize: number
  /** Paging caps for one list. */
  maxPages: number
  maxEntries: number
  /** Server warnings worth showing; others are noise this server adds to every answer. */
  keepWarning(warning: FhirWarning): boolean
  /**
   * Where a trustworthy total for progress comes from: the first page's `Bundle.total`, a separate
   * `_summary=count` search sent alongside the first page, or nowhere.
   */
  totalFrom: 'bundle' | 'count-request' | 'none'
  /**
   * Server notes that mean "some sub-types were withheld from this app" (not "nothing shared"); they
   * are folded into one plain caveat. Absent: the server sends none.
   */
  withheldWarning?(warning: FhirWarning): boolean
  /**
   * Server notes that an answer may not hold the whole record (a standard notice on every search);
   * folded into one notice the app words in the user's language. Absent: the server sends none.
   */
  partialRecordWarning?(warning: FhirWarning): boolean
  /**
   * The server sends search results newest first, so a list cut short still holds the newest ones.
   * Absent or false: unknown, and a "latest" from a cut-short list is marked as possibly not the latest.
   */
  newestFirst?: boolean
  /** Reads the order-entry details the server appends to sig text. Absent: it appends none. */
  sigTrailer?: SigTrailerParser
}
