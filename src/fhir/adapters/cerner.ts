// Oracle Health (Cerner Millennium) FHIR R4 rules:
// - Every search needs `patient` (or `_id`); Observation `category` is optional but used so each
//   view pages through its own category only.
// - `_count` defaults to 50 and is capped at 200; 200 keeps a 5,000-vital history near 30 pages.
// - AllergyIntolerance is never paged, so no `_count` is sent.
// - No `_include` (the CapabilityStatement declares none) and no Medication endpoint: drugs come as
//   `medicationCodeableConcept` or a contained Medication, so nothing is looked up.
// - `Bundle.total` only appears on `_id` searches and there is no `_summary=count`: progress has no total.
// - Observation searches are sorted by effective date, newest first (CRN-OBS), so a history cut short
//   still holds the latest readings.
// - Searchsets never carry OperationOutcome entries; errors are JSON OperationOutcomes.
import { createAdapter } from '../create-adapter.ts'

const MAX_COUNT = 200

export const cernerAdapter = createAdapter({
  flavor: 'cerner',
  pageSizes: { observation: { default: MAX_COUNT }, medicationRequest: MAX_COUNT },
  includeMedication: false,
  medicationBatchSize: 0,
  maxPages: 100,
  maxEntries: 50_000,
  keepWarning: () => true,
  totalFrom: 'none',
  newestFirst: true,
})
