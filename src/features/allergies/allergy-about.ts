import type { AllergyItem } from '../../domain/allergy.ts'
import type { About } from '../explain/about.ts'

/** An allergy's recorded date, recorder and comments, for the drawer's "Where this came from". */
export const allergyAbout = (item: AllergyItem): About => ({
  kind: 'record',
  ...(item.recorded && { date: item.recorded }),
  ...(item.recorder && { recordedBy: item.recorder }),
  ...(item.notes && { notes: item.notes }),
})
