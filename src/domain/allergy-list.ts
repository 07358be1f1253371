// The state of a patient's allergy list. "Nothing to show" has five different meanings that the UI
// must word differently: not shared with the app, some kinds withheld from it, never asked,
// placeholder only, or explicitly none.
import type { AllergyIntolerance } from 'fhir/r4'
import { type AllergyItem, isHiddenAllergy, toAllergy } from './allergy.ts'
import type { MapWarning } from './provenance.ts'

export type AllergyListState =
  | { kind: 'not-shared' }
  /** Nothing came back, but the server said it keeps some kinds of allergy records from this app. */
  | { kind: 'withheld' }
  | { kind: 'not-asked' }
  | { kind: 'not-on-file' }
  | { kind: 'no-known-allergies'; drugOnly: boolean }
  | { kind: 'list'; items: AllergyItem[]; hidden: number }

export interface AllergyAccess {
  /** False when the grant lacks allergies or the server answered 403. */
  shared: boolean
  /**
   * The server said some kinds of allergy records are withheld from this app. An empty answer then
   * says nothing about whether allergies were ever asked about.
   */
  withheld?: boolean
}

function isCurrentStatement(a: AllergyItem): boolean {
  return !isHiddenAllergy(a) && a.clinicalStatus !== 'inactive' && a.clinicalStatus !== 'resolved'
}

export function allergyListState(
  resources: AllergyIntolerance[],
  access: AllergyAccess,
  warnings?: MapWarning[],
): AllergyListState {
  if (!access.shared) return { kind: 'not-shared' }
  const all = (Array.isArray(resources) ? resources : [])
    .map((r) => toAllergy(r, warnings))
    .filter((a): a is AllergyItem => a !== null)
  if (all.length === 0) return access.withheld ? { kind: 'withheld' } : { kind: 'not-asked' }
  const allergies = all.filter((a) => a.statement === undefined)
  const items = allergies.filter((a) => !isHiddenAllergy(a))
  const hidden = allergies.length - items.length
  const noneKnown = all.filter((a) => (a.statement === 'no-known-allergies' || a.statement === 'no-known-drug-allergies') && isCurrentStatement(a))
  if (items.length > 0) {
    if (noneKnown.length) warnings?.push({ ref: 'AllergyIntolerance', message: 'a "no known allergies" statement contradicts listed allergies' })
    return { kind: 'list', items, hidden }
  }
  if (noneKnown.length > 0) {
    return { kind: 'no-known-allergies', drugOnly: noneKnown.every((a) => a.statement === 'no-known-drug-allergies') }
  }
  if (all.some((a) => a.statement === 'not-on-file')) return { kind: 'not-on-file' }
  return { kind: 'list', items: [], hidden }
}
