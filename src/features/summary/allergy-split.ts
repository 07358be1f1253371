// Which allergies the summary puts in the alert: current and high-criticality. Inactive and
// resolved ones are left to the Allergies section; retracted ones never reach the list state.
import type { AllergyItem } from '../../domain/allergy.ts'
import type { AllergyData } from '../allergies/queries.ts'

const isCurrent = (a: AllergyItem) => a.clinicalStatus !== 'inactive' && a.clinicalStatus !== 'resolved'

export interface AllergySplit {
  high: AllergyItem[]
  other: AllergyItem[]
}

export function splitAllergies(items: AllergyItem[]): AllergySplit {
  const current = items.filter(isCurrent)
  return { high: current.filter((a) => a.criticality === 'high'), other: current.filter((a) => a.criticality !== 'high') }
}

/** For `select`: whether the summary should open with the allergy alert. */
export function hasHighCriticality(data: AllergyData): boolean {
  return data.list?.kind === 'list' && splitAllergies(data.list.items).high.length > 0
}
