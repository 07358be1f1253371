// Short names for the clinician table: a chart scanned in seconds says "eGFR", not LOINC's
// "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] (CKD-EPI)". The source's own
// name stays on screen elsewhere (the button's title, the trend heading), so nothing is lost.
import type { MessageKey } from '../../i18n/catalog.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import type { ViewMode } from '../../app/view-mode.tsx'
import { labName, type Named } from './lab-names.ts'

const SHORT: Record<string, MessageKey> = {
  // Basic metabolic panel
  '2823-3': 'labs.short.potassium',
  '2951-2': 'labs.short.sodium',
  '2075-0': 'labs.short.chloride',
  '2028-9': 'labs.short.co2',
  '3094-0': 'labs.short.bun',
  '2160-0': 'labs.short.creatinine',
  // eGFR: CKD-EPI, MDRD, the 2021 race-free equation and the older race-specific pair.
  '62238-1': 'labs.short.egfr',
  '33914-3': 'labs.short.egfr',
  '98979-8': 'labs.short.egfr',
  '48642-3': 'labs.short.egfr',
  '48643-1': 'labs.short.egfr',
  '2345-7': 'labs.short.glucose',
  '2339-0': 'labs.short.glucose',
  '17861-6': 'labs.short.calcium',
  '2777-1': 'labs.short.phosphorus',
  '19123-9': 'labs.short.magnesium',
  // Liver
  '1742-6': 'labs.short.alt',
  '1920-8': 'labs.short.ast',
  '6768-6': 'labs.short.alkPhos',
  '1975-2': 'labs.short.bilirubin',
  '1751-7': 'labs.short.albumin',
  '2885-2': 'labs.short.protein',
  // Diabetes, blood count
  '4548-4': 'labs.short.hba1c',
  '17856-6': 'labs.short.hba1c',
  '718-7': 'labs.short.hemoglobin',
  '4544-3': 'labs.short.hematocrit',
  '6690-2': 'labs.short.wbc',
  '26464-8': 'labs.short.wbc',
  '789-8': 'labs.short.rbc',
  '787-2': 'labs.short.mcv',
  '777-3': 'labs.short.platelets',
  '26515-7': 'labs.short.platelets',
  // Lipids
  '13457-7': 'labs.short.ldl',
  '2089-1': 'labs.short.ldl',
  '18262-6': 'labs.short.ldl',
  '2093-3': 'labs.short.cholesterol',
  '2085-9': 'labs.short.hdl',
  '2571-8': 'labs.short.triglycerides',
  // Thyroid, heart, inflammation, coagulation
  '3016-3': 'labs.short.tsh',
  '11580-8': 'labs.short.tsh',
  '3024-7': 'labs.short.freeT4',
  '33762-6': 'labs.short.ntprobnp',
  '30934-4': 'labs.short.bnp',
  '10839-9': 'labs.short.troponinI',
  '1988-5': 'labs.short.crp',
  '6301-6': 'labs.short.inr',
  '5902-2': 'labs.short.pt',
  // Iron, vitamins, other chemistry
  '2498-4': 'labs.short.iron',
  '2276-4': 'labs.short.ferritin',
  '2132-9': 'labs.short.b12',
  '62292-8': 'labs.short.vitaminD',
  '3084-1': 'labs.short.uricAcid',
  '2532-0': 'labs.short.ldh',
  '5671-3': 'labs.short.lead',
  // Urine
  '14959-1': 'labs.short.uacr',
  '9318-7': 'labs.short.uacr',
  '5778-6': 'labs.short.urineColor',
  '5767-9': 'labs.short.urineAppearance',
  '5811-5': 'labs.short.urineSg',
  '5803-2': 'labs.short.urinePh',
  '20454-5': 'labs.short.urineProtein',
  '5792-7': 'labs.short.urineGlucose',
  '5794-3': 'labs.short.urineBlood',
  '5797-6': 'labs.short.urineKetones',
  '5799-2': 'labs.short.urineLeukEsterase',
  '5802-4': 'labs.short.urineNitrite',
}

/** The clinician's short name for a known LOINC; else the source's name or its LOINC code, else words. */
export function shortLabName(t: I18n['t'], test: Named): string {
  const short = test.loinc !== undefined ? SHORT[test.loinc] : undefined
  return short ? t(short) : (test.name ?? test.loinc ?? t('labs.name.unnamed'))
}

/** The name a list shows: the clinician's abbreviation, or the patient's plain name. */
export function listLabName(t: I18n['t'], test: Named, mode: ViewMode): string {
  return mode === 'clinician' ? shortLabName(t, test) : labName(t, test, mode)
}
