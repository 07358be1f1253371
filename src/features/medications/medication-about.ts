import type { MedicationItem } from '../../domain/medication.ts'
import type { About } from '../explain/about.ts'

/** An order's date and prescriber, for the drawer's "Where this came from". */
export const medicationAbout = (item: MedicationItem): About => ({
  kind: 'record', ...(item.authoredOn && { date: item.authoredOn }), ...(item.prescriber && { recordedBy: item.prescriber }),
})
