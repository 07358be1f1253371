// Vital-sign kinds recognised by LOINC. Vendors put panel or method-specific LOINCs on top and
// sometimes repeat LOINC codes under other systems, so every coding is checked.
import { type CodeRef, codeCodingPath, codingsOf, hasCode, SYSTEMS } from './coding.ts'
import { field, list, str } from './json.ts'
import type { RuleId } from './rules.ts'

export type GrowthKind = 'weight-percentile' | 'weight-z' | 'height-percentile' | 'height-z' | 'bmi-percentile' | 'bmi-z'
export type VitalKind =
  | 'blood-pressure' | 'heart-rate' | 'resp-rate' | 'temperature' | 'weight' | 'height' | 'bmi' | 'spo2'
  | GrowthKind
  /** A vital-signs observation of no known kind (e.g. a therapy duration): shown as given, never lost. */
  | 'other'

/**
 * The canonical LOINC per kind, so the same vital compares equal whatever code the source led with.
 * Growth Z-scores have no LOINC in the recordings; they and "other" carry none.
 */
export const VITAL_LOINC: Partial<Record<VitalKind, string>> = {
  'weight-percentile': '8336-0',
  'height-percentile': '8303-0',
  'bmi-percentile': '59576-9',
  'blood-pressure': '85354-9',
  'heart-rate': '8867-4',
  'resp-rate': '9279-1',
  temperature: '8310-5',
  weight: '29463-7',
  height: '8302-2',
  bmi: '39156-5',
  spo2: '59408-5',
}

export const SYSTOLIC = '8480-6'
export const DIASTOLIC = '8462-4'

const KIND_BY_LOINC = new Map<string, VitalKind>([
  ['85354-9', 'blood-pressure'], ['55284-4', 'blood-pressure'], ['35094-2', 'blood-pressure'],
  [SYSTOLIC, 'blood-pressure'], [DIASTOLIC, 'blood-pressure'],
  ['8867-4', 'heart-rate'],
  ['9279-1', 'resp-rate'],
  ['8310-5', 'temperature'], ['8331-1', 'temperature'], ['8328-7', 'temperature'], ['8333-7', 'temperature'],
  ['29463-7', 'weight'], ['3141-9', 'weight'],
  ['8302-2', 'height'], ['3137-7', 'height'], ['8306-3', 'height'],
  ['39156-5', 'bmi'],
  ['59408-5', 'spo2'], ['2708-6', 'spo2'],
  ['8336-0', 'weight-percentile'], ['8303-0', 'height-percentile'], ['59576-9', 'bmi-percentile'],
])

/** Growth measures recognised by name when no LOINC names them ("Weight Z-Score", "BMI Percentile"). */
function growthByName(o: unknown): GrowthKind | undefined {
  const concept = field(o, 'code')
  const names = [str(field(concept, 'text')), ...codingsOf(concept).map(({ coding }) => coding.display)]
  for (const name of names) {
    if (!name) continue
    const n = name.toLowerCase()
    const measure = /\b(bmi|body mass)\b/.test(n) ? 'bmi' : /\b(weight)\b/.test(n) ? 'weight' : /\b(height|length|stature)\b/.test(n) ? 'height' : undefined
    const stat = /percentile/.test(n) ? 'percentile' : /z[- ]?score/.test(n) ? 'z' : undefined
    if (measure && stat) return `${measure}-${stat}` as GrowthKind
  }
  return undefined
}

const PANEL_LOINCS = new Set(['8716-3', '85353-1', '34566-0'])

export interface RecognizedVital {
  kind: VitalKind
  path: string
  rule?: RuleId
  /** The coding that names the kind: the vital's `code`, never a panel code listed before it. */
  coding?: CodeRef
  /** A panel LOINC came first in the codings, so the specific one was chosen. */
  skippedPanel?: boolean
}

/** `codings` are those of the observation's `code`, when the caller has them already. */
export function recognizeVital(o: unknown, codings = codingsOf(field(o, 'code'))): RecognizedVital | undefined {
  // LOINC codings first, then every coding (LOINC codes filed under another system).
  for (let k = 0; k < codings.length * 2; k++) {
    const { coding, index } = codings[k % codings.length]
    if (k < codings.length && coding.system !== SYSTEMS.loinc) continue
    const kind = KIND_BY_LOINC.get(coding.code)
    if (kind === undefined) continue
    const rule = coding.system === SYSTEMS.loinc ? undefined : 'vital.loinc-in-any-system'
    const firstLoinc = codings.find((c) => c.coding.system === SYSTEMS.loinc)
    const skippedPanel = firstLoinc !== undefined && firstLoinc.index !== index && PANEL_LOINCS.has(firstLoinc.coding.code)
    return { kind, path: codeCodingPath(index), ...(rule && { rule }), coding, ...(skippedPanel && { skippedPanel }) }
  }
  const components = list(field(o, 'component'))
  const isBp = components.some((c) => codingsOf(field(c, 'code')).some(({ coding }) => coding.code === SYSTOLIC))
  if (isBp) return { kind: 'blood-pressure', path: 'component', rule: 'vital.from-components' }
  const growth = growthByName(o)
  return growth ? { kind: growth, path: field(field(o, 'code'), 'text') !== undefined ? 'code.text' : 'code.coding', rule: 'vital.growth-measure' } : undefined
}

/** True for anything the app files under vital signs: a known kind, or any vital-signs category. */
export function isVitalSignObservation(o: unknown): boolean {
  if (recognizeVital(o)) return true
  return list(field(o, 'category')).some((c) => codingsOf(c).some(({ coding }) => coding.system === SYSTEMS.obsCategory && coding.code === 'vital-signs'))
}

/** Index of the component carrying a LOINC code in any of its codings. */
export function componentIndex(o: unknown, loinc: string): number {
  const components = list(field(o, 'component'))
  for (let i = 0; i < components.length; i++) if (hasCode(field(components[i], 'code'), loinc)) return i
  return -1
}
