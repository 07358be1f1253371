// `select` for the labs screen: tests grouped, with the list's completeness and warnings kept.
import type { Completeness } from '../../fhir/completeness.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import { groupLabs, type LabGroup } from './lab-groups.ts'
import type { LabData } from './queries.ts'

export interface LabGroupsView {
  groups: LabGroup[]
  completeness: Completeness
  warnings: FhirWarning[]
}

export function selectLabGroups(data: LabData): LabGroupsView {
  return { groups: groupLabs(data), completeness: data.completeness, warnings: data.warnings }
}
