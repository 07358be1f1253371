// Vital-sign kinds recognised by LOINC. Vendors put panel or method-specific LOINCs on top and
// sometimes repeat LOINC codes under other systems, so every coding is checked.
import { codingsOf, SYSTEMS } from './coding.ts'
import { field, list } from './json.ts'
import type { RuleId } from './rules.ts'

export type VitalKind = 'blood-pressure' | 'heart-rate' | 'resp-rate' | 'temperature' | 'weight' | 'height' | 'bmi' | 'spo2'

/** The canonical LOINC per kind, so the same vital compares equal whatever code the source led with. */
export const VITAL_LOINC: Record<VitalKind, string> = {
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
])

export interface RecognizedVital {
  kind: VitalKind
  path: string
  rule?: RuleId
}

export function recognizeVital(o: unknown): RecognizedVital | undefined {
  const codings = codingsOf(field(o, 'code'))
  const ordered = [...codings.filter((c) => c.coding.system === SYSTEMS.loinc), ...codings]
  for (const { coding, index } of ordered) {
    const kind = KIND_BY_LOINC.get(coding.code)
    if (kind === undefined) continue
    const rule = coding.system === SYSTEMS.loinc ? undefined : 'vital.loinc-in-any-system'
    return { kind, path: `code.coding[${index}]`, ...(rule && { rule }) }
  }
  const components = list(field(o, 'component'))
  const isBp = components.some((c) => codingsOf(field(c, 'code')).some(({ coding }) => coding.code === SYSTOLIC))
  return isBp ? { kind: 'blood-pressure', path: 'component', rule: 'vital.from-components' } : undefined
}

/** Index of the component carrying a LOINC code in any of its codings. */
export function componentIndex(o: unknown, loinc: string): number {
  return list(field(o, 'component')).findIndex((c) => codingsOf(field(c, 'code')).some(({ coding }) => coding.code === loinc))
}
