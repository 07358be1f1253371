import { describe, expect, it } from 'vitest'
import { plainMedicationName } from './plain-name.ts'

describe('plainMedicationName', () => {
  it.each([
    ['lisinopril 10 MG Oral Tablet', 'Lisinopril 10 mg oral tablet'],
    ['metformin hydrochloride 500 MG Oral Tablet', 'Metformin hydrochloride 500 mg oral tablet'],
    ['24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet', '24 hr metformin hydrochloride 500 mg extended release oral tablet'],
    ['amoxicillin 500 MG Oral Capsule', 'Amoxicillin 500 mg oral capsule'],
    ['insulin glargine 100 UNT/ML Injectable Solution', 'Insulin glargine 100 units/mL injectable solution'],
    ['albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', 'Albuterol 0.09 mg/actuation metered dose inhaler'],
    ['potassium chloride 20 MEQ Extended Release Oral Tablet', 'Potassium chloride 20 mEq extended release oral tablet'],
  ])('%s reads "%s"', (rxnorm, plain) => {
    expect(plainMedicationName(rxnorm)).toBe(plain)
  })

  it('keeps a bracketed brand as written', () => {
    expect(plainMedicationName('atorvastatin 20 MG Oral Tablet [Lipitor]')).toBe('Atorvastatin 20 mg oral tablet [Lipitor]')
  })

  it('keeps tall-man lettering and brand names in parentheses, which tell look-alike drugs apart', () => {
    expect(plainMedicationName('hydrOXYzine HCl 25 MG Oral Tablet')).toBe('HydrOXYzine HCl 25 mg oral tablet')
    expect(plainMedicationName('HYDROcodone-acetaminophen (NORCO) 5-325 MG per tablet')).toBe('HYDROcodone-acetaminophen (NORCO) 5-325 mg per tablet')
    expect(plainMedicationName('lisinopril (PRINIVIL,ZESTRIL) 10 MG tablet')).toBe('Lisinopril (PRINIVIL,ZESTRIL) 10 mg tablet')
  })

  it('leaves words it does not know, and names not in RxNorm style, as sent', () => {
    expect(plainMedicationName('Furosemide 40mg tab')).toBe('Furosemide 40mg tab')
    expect(plainMedicationName('LASIX 40 MG Oral Tablet')).toBe('LASIX 40 mg oral tablet')
    expect(plainMedicationName('Vitamin D3 (OTC)')).toBe('Vitamin D3 (OTC)')
    expect(plainMedicationName('')).toBe('')
    // A unit pair with one unknown part is not half-converted.
    expect(plainMedicationName('heparin 5000 UNT/VIAL')).toBe('Heparin 5000 UNT/VIAL')
  })
})
