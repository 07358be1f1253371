// Any other server: plain US Core. US Core servers must support `_include=MedicationRequest:medication`
// and `patient` + `category` Observation searches; `Bundle.total` is taken at its word when it is at
// least the first page's size. Page sizes stay modest because nothing is known about the server's limits.
import { createAdapter } from '../create-adapter.ts'

export const genericAdapter = createAdapter({
  flavor: 'generic',
  pageSizes: { observation: { default: 100 }, medicationRequest: 100, allergy: 100 },
  includeMedication: true,
  medicationBatchSize: 20,
  maxPages: 100,
  maxEntries: 50_000,
  keepWarning: () => true,
  totalFrom: 'bundle',
})
