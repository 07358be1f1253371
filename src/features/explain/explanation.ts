// The plain explanation for a shown value: by LOINC for a lab, by kind for a vital sign. Undefined
// when there is none, and the drawer then says so in a neutral sentence.
import type { Locale } from '../../i18n/locale.ts'
import type { About } from './about.ts'
import { BLOOD, BLOOD_LOINC } from './labs-blood.ts'
import { CHEMISTRY, CHEMISTRY_LOINC } from './labs-chemistry.ts'
import { METABOLIC, METABOLIC_LOINC } from './labs-metabolic.ts'
import { URINE, URINE_LOINC } from './labs-urine.ts'
import type { Explanation } from './types.ts'
import { VITALS } from './vitals.ts'

const allLoincs: Record<string, unknown> = { ...CHEMISTRY_LOINC, ...BLOOD_LOINC, ...METABOLIC_LOINC, ...URINE_LOINC }

function byLoinc(loinc: string): Explanation | undefined {
  if (!Object.hasOwn(allLoincs, loinc)) return undefined
  const chemistry = CHEMISTRY_LOINC[loinc]
  if (chemistry) return CHEMISTRY[chemistry]
  const blood = BLOOD_LOINC[loinc]
  if (blood) return BLOOD[blood]
  const metabolic = METABOLIC_LOINC[loinc]
  if (metabolic) return METABOLIC[metabolic]
  const urine = URINE_LOINC[loinc]
  return urine ? URINE[urine] : undefined
}

export function explanationOf(about: About | undefined): Explanation | undefined {
  if (about?.kind === 'lab') return about.lab.loinc !== undefined ? byLoinc(about.lab.loinc) : undefined
  if (about?.kind === 'vital') return VITALS[about.reading.kind]
  return undefined
}

/** Every LOINC with an explanation, for tests and coverage checks. */
export const EXPLAINED_LOINCS: readonly string[] = Object.keys(allLoincs)

/**
 * The explanation in the reader's language; clinicians get its first sentence only, since they
 * know the test and want the value.
 */
export function explanationText(about: About | undefined, locale: Locale, brief: boolean): string | undefined {
  const text = explanationOf(about)?.[locale]
  if (text === undefined || !brief) return text
  return text.split(/(?<=\.)\s+/)[0]
}
