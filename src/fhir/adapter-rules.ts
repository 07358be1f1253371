// The knobs in which server families differ. Each adapter under ./adapters is one set of these
// values (plus comments saying where each value comes from); the machinery in create-adapter.ts
// is shared.
import type { ServerFlavor } from '../launch/smart-session.ts'
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
}
