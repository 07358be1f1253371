// Observation → LabResult / VitalSign. Vendor-neutral: every difference is absorbed by the shared
// readers (codes by preference, UCUM units, flags, time) and recorded in provenance.
import { type CodeRef, codeCodingPath, codeGapRule, codeIn, codingsOf, conceptText, pickCoding, STANDARD_PREFERENCE, SYSTEMS } from './coding.ts'
import { type DerivedFlag, deriveFlag } from './derived-flag.ts'
import { type Flag, interpretationOf } from './interpretation.ts'
import { field, list, str } from './json.ts'
import {
  categoriesOf, effectiveOf, issuedOf, observationStatus, type ObservationStatus, type ReferenceRange, referenceRangeOf,
} from './observation-fields.ts'
import { notesOf } from './notes.ts'
import { type ObservationValue, valueOf } from './observation-value.ts'
import { type ImplausibleRule, isImplausibleDate, isImplausibleVital } from './plausibility.ts'
import { guarded, indexedPaths, type MapWarning, type Provenance, type ProvenanceBuilder, provenanceOf, warn, withProvenance } from './provenance.ts'
import type { Measured } from './quantity.ts'
import {
  componentIndex, DIASTOLIC, isVitalSignObservation, type RecognizedVital, recognizeVital, SYSTOLIC, VITAL_LOINC, type VitalKind,
} from './vital-kinds.ts'
import type { Observation } from 'fhir/r4'

interface ObservationBase {
  id?: string
  code?: CodeRef
  /** LOINC code if any coding has one (labs); the canonical kind LOINC for vitals. */
  loinc?: string
  name?: string
  status: ObservationStatus
  categories: string[]
  effective?: string
  issued?: string
  interpretation?: Flag
  /** Who performed or recorded it, by the name the source gave (the first performer with one). */
  performer?: string
  /** Comments recorded with the result ("Called to provider."), in the source's order. */
  notes?: string[]
  /** Checks the reading failed: it is shown with a marker but never used as a latest value or on a trend. */
  implausible?: ImplausibleRule[]
  provenance: Provenance
}

export interface ObservationOptions {
  /** Enables the future-date check; without it the mapping depends on the input only. */
  today?: Date
}

export interface LabResult extends ObservationBase {
  value: ObservationValue
  referenceRange?: ReferenceRange
  /** Computed by the app when the server sent no flag; never merged into `interpretation`. */
  derivedFlag?: DerivedFlag
}

interface VitalBase extends ObservationBase {
  /** The canonical LOINC of the kind; absent for Z-scores and other measurements, which have none. */
  loinc?: string
}
export type VitalSign =
  | (VitalBase & { kind: 'blood-pressure'; systolic?: Measured; diastolic?: Measured })
  | (VitalBase & { kind: Exclude<VitalKind, 'blood-pressure'>; value: ObservationValue })

/** `codings`: those of `code`, read once and shared by every reader (this runs per reading mapped). */
function base(o: unknown, prov: ProvenanceBuilder, today: Date | undefined, codings = codingsOf(field(o, 'code'))): Omit<ObservationBase, 'provenance'> {
  const concept = field(o, 'code')
  const picked = pickCoding(concept, STANDARD_PREFERENCE, codings)
  if (picked) prov.from('code', codeCodingPath(picked.index), ...(picked.rule ? [picked.rule] : []))
  const gap = codeGapRule(concept, picked, codings)
  // A placeholder ("unknown", "masked") says the test is not known; its word is not the test's name.
  const absent = gap === 'code.data-absent'
  const { text, rule } = absent ? {} : conceptText(concept, picked, codings)
  if (text !== undefined) prov.from('name', rule ? `code.coding` : 'code.text', ...(rule ? [rule] : []))
  if (absent) prov.drop('code', 'data-absent-reason instead of a test')
  else if (gap) prov.rule(picked ? 'code' : 'name', gap)
  const flag = interpretationOf(field(o, 'interpretation'))
  if (flag.path) prov.from('interpretation', flag.path, ...flag.rules)
  if (flag.unmapped !== undefined) prov.drop('interpretation', `interpretation "${flag.unmapped}" is not a known flag`)
  const id = str(field(o, 'id'))
  const loinc = codeIn(concept, SYSTEMS.loinc, codings)
  const loincAt = codings.find(({ coding }) => coding.system === SYSTEMS.loinc && coding.code === loinc)
  if (loincAt) prov.from('loinc', codeCodingPath(loincAt.index))
  const effective = effectiveOf(o, prov)
  const issued = issuedOf(o, prov)
  const performer = performerOf(o, prov)
  const notes = notesOf(o, prov)
  const badDate = isImplausibleDate(effective, today)
  if (badDate) {
    prov.rule('effective', 'observation.implausible-date')
    prov.from('implausible', prov.pathOf('effective') ?? 'effectiveDateTime', 'observation.implausible-date')
  }
  // Key by key rather than spreads, in the same order: cheaper, and the CLI's JSON stays as it was.
  const out: Partial<Omit<ObservationBase, 'provenance'>> = {}
  if (id !== undefined) out.id = id
  if (picked) out.code = picked.coding
  if (loinc !== undefined) out.loinc = loinc
  if (text !== undefined) out.name = text
  out.status = observationStatus(o, prov)
  out.categories = categoriesOf(o, prov)
  if (effective !== undefined) out.effective = effective
  if (issued !== undefined) out.issued = issued
  if (flag.flag) out.interpretation = flag.flag
  if (performer !== undefined) out.performer = performer
  if (notes.length) out.notes = notes
  if (badDate) out.implausible = ['observation.implausible-date']
  return out as Omit<ObservationBase, 'provenance'>
}

const performerPath = indexedPaths((i) => `performer[${i}].display`)

/** The name of the first performer that has one; a reference alone names no one a reader knows. */
function performerOf(o: unknown, prov: ProvenanceBuilder): string | undefined {
  const i = list(field(o, 'performer')).findIndex((p) => str(field(p, 'display'))?.trim())
  if (i < 0) return undefined
  prov.from('performer', performerPath(i))
  return str(field(list(field(o, 'performer'))[i], 'display'))?.trim()
}

function isObservation(o: unknown, warnings: MapWarning[] | undefined): boolean {
  if (field(o, 'resourceType') === 'Observation') return true
  warn(warnings, o, 'not an Observation')
  return false
}

export function toLabResult(o: Observation, warnings?: MapWarning[], { today }: ObservationOptions = {}): LabResult | null {
  return guarded(o, warnings, () => {
    if (!isObservation(o, warnings)) return null
    const prov = provenanceOf(o)
    const common = base(o, prov, today)
    const value = valueOf(o, prov)
    const referenceRange = referenceRangeOf(o, prov)
    const derivedFlag = common.interpretation === undefined ? deriveFlag(value, referenceRange) : undefined
    if (derivedFlag) prov.from('derivedFlag', prov.pathOf('referenceRange') ?? 'referenceRange', derivedFlag.rule)
    if (field(o, 'component') !== undefined) prov.drop('component', 'components are not part of a lab result')
    return withProvenance<LabResult>({ ...common, value, ...(referenceRange && { referenceRange }), ...(derivedFlag && { derivedFlag }) }, prov)
  })
}

function component(o: unknown, i: number, name: string, prov: ProvenanceBuilder): Measured | undefined {
  if (i < 0) return undefined
  const v = valueOf(list(field(o, 'component'))[i], prov, name, `component[${i}].`)
  prov.read(`component[${i}].code`)
  if (v.kind === 'quantity') {
    const measured: Measured = { value: v.value }
    if (v.unit !== undefined) measured.unit = v.unit
    if (v.unitDisplay !== undefined) measured.unitDisplay = v.unitDisplay
    if (v.comparator !== undefined) measured.comparator = v.comparator
    prov.rule(name, 'bp.components')
    return measured
  }
  prov.forget(name)
  prov.drop(`component[${i}]`, `${name} has no numeric value (${v.kind === 'absent' ? v.reason : v.kind})`)
  return undefined
}

/** A vital-signs observation of no known kind becomes "other": shown as given, never unreadable. */
function otherMeasurement(o: unknown): RecognizedVital | undefined {
  if (!isVitalSignObservation(o)) return undefined
  return { kind: 'other', path: 'category', rule: 'vital.other-measurement' }
}

/** Adds the value check: a vital outside physiologic bounds is marked, with the rule on its value field(s). */
function checked(v: Record<string, unknown>, prov: ProvenanceBuilder): VitalSign {
  if (!isImplausibleVital(v as unknown as VitalSign)) return withProvenance<VitalSign>(v, prov)
  const names = v.kind === 'blood-pressure' ? ['systolic', 'diastolic'] : ['value']
  for (const name of names) prov.rule(name, 'observation.implausible-value')
  const earlier = v.implausible as ImplausibleRule[] | undefined
  if (earlier) prov.rule('implausible', 'observation.implausible-value')
  else prov.from('implausible', prov.pathOf(names[0] ?? 'value') ?? 'value', 'observation.implausible-value')
  v.implausible = [...(earlier ?? []), 'observation.implausible-value']
  return withProvenance<VitalSign>(v, prov)
}

export function toVitalSign(o: Observation, warnings?: MapWarning[], { today }: ObservationOptions = {}): VitalSign | null {
  return guarded(o, warnings, () => {
    if (!isObservation(o, warnings)) return null
    const prov = provenanceOf(o)
    const codings = codingsOf(field(o, 'code'))
    const recognized = recognizeVital(o, codings) ?? otherMeasurement(o)
    if (!recognized) {
      warn(warnings, o, 'no vital-sign LOINC code in any coding')
      return null
    }
    const { kind } = recognized
    const loinc = VITAL_LOINC[kind]
    const common: Record<string, unknown> = base(o, prov, today, codings)
    if (loinc !== undefined) common.loinc = loinc
    // The code that names the vital, not a panel code (Epic lists 8716-3 before 8867-4).
    if (recognized.coding) {
      common.code = recognized.coding
      prov.from('code', recognized.path, ...(recognized.skippedPanel ? (['vital.specific-loinc'] as const) : []))
    }
    if (loinc !== undefined) prov.from('loinc', recognized.path, ...(recognized.rule ? [recognized.rule] : []))
    prov.from('kind', recognized.path, ...(recognized.rule ? [recognized.rule] : []))
    common.kind = kind
    if (kind !== 'blood-pressure') {
      common.value = valueOf(o, prov)
      return checked(common, prov)
    }
    const known = [componentIndex(o, SYSTOLIC), componentIndex(o, DIASTOLIC)]
    const systolic = component(o, known[0], 'systolic', prov)
    const diastolic = component(o, known[1], 'diastolic', prov)
    if (field(o, 'valueQuantity') !== undefined) prov.drop('valueQuantity', 'blood pressure is read from components')
    list(field(o, 'component')).forEach((_c, i) => {
      if (!known.includes(i)) prov.drop(`component[${i}]`, 'not a systolic or diastolic component')
    })
    prov.read('component')
    if (systolic) common.systolic = systolic
    if (diastolic) common.diastolic = diastolic
    return checked(common, prov)
  })
}
