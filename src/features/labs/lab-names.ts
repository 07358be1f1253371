// Plain, translated names for common tests. Lab systems name tests in LOINC's technical style
// ("Potassium [Moles/volume] in Serum or Plasma"): right for clinicians, opaque for patients.
import type { ViewMode } from '../../app/view-mode.tsx'
import type { MessageKey } from '../../i18n/catalog.ts'
import type { I18n } from '../../i18n/i18n.tsx'

const PLAIN: Record<string, MessageKey> = {
  '2345-7': 'labs.name.glucose',
  '2339-0': 'labs.name.glucose',
  '4548-4': 'labs.name.hba1c',
  '2160-0': 'labs.name.creatinine',
  '2823-3': 'labs.name.potassium',
  '2951-2': 'labs.name.sodium',
  '718-7': 'labs.name.hemoglobin',
  '6690-2': 'labs.name.wbc',
  '777-3': 'labs.name.platelets',
  '13457-7': 'labs.name.ldl',
  '2093-3': 'labs.name.cholesterol',
  '2085-9': 'labs.name.hdl',
  '2571-8': 'labs.name.triglycerides',
  '62238-1': 'labs.name.egfr',
  '3016-3': 'labs.name.tsh',
  '33762-6': 'labs.name.ntprobnp',
  '5778-6': 'labs.name.urineColor',
  '20454-5': 'labs.name.urineProtein',
  '5811-5': 'labs.name.urineSg',
  '5671-3': 'labs.name.lead',
}

export interface Named {
  loinc?: string
  name?: string
  key: string
}

/** Clinicians see the source's name; patients a plain one when the test is known. */
export function labName(t: I18n['t'], test: Named, mode: ViewMode): string {
  const plain = test.loinc !== undefined ? PLAIN[test.loinc] : undefined
  if (mode === 'patient' && plain) return t(plain)
  // The LOINC code, else words; never the grouping key, which is then a resource id and reads as noise.
  const source = test.name ?? (plain ? t(plain) : undefined) ?? test.loinc ?? t('labs.name.unnamed')
  // Without a plain name, the part before the LOINC-style "[Property/…]" still reads naturally.
  return mode === 'patient' ? source.split(' [')[0] || source : source
}
