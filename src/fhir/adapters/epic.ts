// Epic's FHIR R4 rules, as recorded against fhir.epic.com:
// - Observation search needs `category` (or `code`): a search without one is a 400. Every view asks
//   for its categories, and several categories are searched in parallel, one request each.
// - MedicationRequest always references a Medication resource. `_include=MedicationRequest:medication`
//   brings them along; what it misses is read with `Medication?_id=a,b,c` (Medication supports `_id` only).
// - `Bundle.total` is the page size, not the match count; `_summary=count` gives the true total.
// - `_count=1000` is honoured (and is also the default page size).
// - Every patient-facing search ends with OperationOutcome entries: 4119 "may not contain the entire
//   record" (kept, as one notice in the user's language: it is true and the user should know), 59204/59205 suppressed sub-types (on every
//   search, empty or not: some sub-types were withheld, not "nothing shared"; shown as one caveat), and
//   4101 "no results" on empty pages (dropped: the empty list already says so).
// - Search order is not documented and the recordings do not settle it, so a list cut short is not
//   trusted to hold the newest results.
// - dosageInstruction.text ends with order-entry details (", Starting Tue 5/28/2019, Normal"); see epic-sig.ts.
import { createAdapter } from '../create-adapter.ts'
import { epicSigTrailer } from './epic-sig.ts'

const NO_RESULTS = '4101'
const PARTIAL_RECORD = '4119'
const SUPPRESSED = ['59204', '59205']

export const epicAdapter = createAdapter({
  flavor: 'epic',
  pageSizes: { observation: { default: 1000 }, medicationRequest: 1000 },
  includeMedication: true,
  // Epic runs on IIS, whose default query-string limit is 2,048 bytes; Epic ids run up to ~70
  // characters here (up to 130 in the wild), so 20 ids keep a batch comfortably under it.
  medicationBatchSize: 20,
  maxPages: 100,
  maxEntries: 50_000,
  keepWarning: (w) => !w.detailCodes?.includes(NO_RESULTS),
  totalFrom: 'count-request',
  sigTrailer: epicSigTrailer,
  partialRecordWarning: (w) => w.source === 'server' && (w.detailCodes ?? []).includes(PARTIAL_RECORD),
  withheldWarning: (w) => w.source === 'server' && (w.detailCodes ?? []).some((c) => SUPPRESSED.includes(c)),
})
