// One catalog of lab definitions so a test carries the same local code, unit and range for every patient.
import type { LabTest } from './fact-builders.ts'

const atOrAbove = (limit: number) => (v: number) => (v >= limit ? ('H' as const) : ('N' as const))
const below = (limit: number) => (v: number) => (v < limit ? ('L' as const) : ('N' as const))

export const glucose: LabTest = {
  slug: 'glucose', loinc: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma', localCode: '1534',
  ucum: 'mg/dL', low: 70, high: 99, critical: { low: 40, high: 400 },
}
export const hba1c: LabTest = {
  slug: 'hba1c', loinc: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood', localCode: '1558',
  ucum: '%', rangeText: '<5.7', classify: atOrAbove(5.7),
}
export const creatinine: LabTest = {
  slug: 'creatinine', loinc: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', localCode: '1526',
  ucum: 'mg/dL', low: 0.57, high: 1.11,
}
/** Same analyte reported by a lab that prints SI units; values are mg/dL × 88.4. */
export const creatinineSi = {
  ucum: 'umol/L', unitDisplay: 'mcmol/L', low: 50, high: 98,
} as const
export const potassium: LabTest = {
  slug: 'potassium', loinc: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma', localCode: '1520',
  ucum: 'mmol/L', low: 3.5, high: 5.1, critical: { low: 2.8, high: 6.2 },
}
export const sodium: LabTest = {
  slug: 'sodium', loinc: '2951-2', display: 'Sodium [Moles/volume] in Serum or Plasma', localCode: '1518',
  ucum: 'mmol/L', low: 136, high: 145, critical: { low: 120, high: 160 },
}
export const hemoglobin: LabTest = {
  slug: 'hemoglobin', loinc: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', localCode: '1810',
  ucum: 'g/dL', low: 11.6, high: 15.5,
}
export const hemoglobinMale: LabTest = { ...hemoglobin, low: 13.2, high: 16.6 }
export const hemoglobinChild: LabTest = { ...hemoglobin, low: 11.5, high: 15.5 }
export const wbc: LabTest = {
  slug: 'wbc', loinc: '6690-2', display: 'Leukocytes [#/volume] in Blood by Automated count', localCode: '1804',
  ucum: '10*3/uL', unitDisplay: 'K/uL', low: 4.0, high: 11.0,
}
export const platelets: LabTest = {
  slug: 'platelets', loinc: '777-3', display: 'Platelets [#/volume] in Blood by Automated count', localCode: '1807',
  ucum: '10*3/uL', unitDisplay: 'K/uL', low: 150, high: 400,
}
export const ldl: LabTest = {
  slug: 'ldl', loinc: '13457-7', display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation',
  localCode: '1661', ucum: 'mg/dL', high: 99, rangeText: '<100',
}
export const cholesterol: LabTest = {
  slug: 'cholesterol', loinc: '2093-3', display: 'Cholesterol [Mass/volume] in Serum or Plasma', localCode: '1658',
  ucum: 'mg/dL', high: 199, rangeText: '<200',
}
export const hdl: LabTest = {
  slug: 'hdl', loinc: '2085-9', display: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', localCode: '1660',
  ucum: 'mg/dL', low: 40, rangeText: '>=40',
}
export const triglycerides: LabTest = {
  slug: 'triglycerides', loinc: '2571-8', display: 'Triglyceride [Mass/volume] in Serum or Plasma', localCode: '1659',
  ucum: 'mg/dL', high: 149, rangeText: '<150',
}
export const egfr: LabTest = {
  slug: 'egfr', loinc: '62238-1', display: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] (CKD-EPI)',
  localCode: '1529', ucum: 'mL/min/{1.73_m2}', unitDisplay: 'mL/min/1.73m2', rangeText: '>60', classify: below(60),
}
export const tsh: LabTest = {
  slug: 'tsh', loinc: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma', localCode: '1743',
  ucum: 'm[IU]/L', unitDisplay: 'mIU/L', low: 0.45, high: 4.5,
}
export const ntProBnp: LabTest = {
  slug: 'ntprobnp', loinc: '33762-6', display: 'Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma',
  localCode: '1771', ucum: 'pg/mL', high: 450, rangeText: '<=450',
}
export const urineColor: LabTest = {
  slug: 'urine-color', loinc: '5778-6', display: 'Color of Urine', localCode: '2202', rangeText: 'Yellow',
}
export const urineProtein: LabTest = {
  slug: 'urine-protein', loinc: '20454-5', display: 'Protein [Presence] in Urine by Test strip', localCode: '2210',
  rangeText: 'Negative',
}
/** Truly dimensionless, so it exercises the "value without unit" path. */
export const urineSpecificGravity: LabTest = {
  slug: 'urine-sg', loinc: '5811-5', display: 'Specific gravity of Urine by Test strip', localCode: '2206',
  low: 1.005, high: 1.03,
}
export const lead: LabTest = {
  slug: 'lead', loinc: '5671-3', display: 'Lead [Mass/volume] in Blood', localCode: '1902',
  ucum: 'ug/dL', unitDisplay: 'mcg/dL', high: 3.4, rangeText: '<3.5',
}
