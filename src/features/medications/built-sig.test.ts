import { describe, expect, it } from 'vitest'
import type { MedicationItem } from '../../domain/medication.ts'
import { translate } from '../../i18n/i18n.tsx'
import type { I18n } from '../../i18n/i18n.tsx'
import { builtSig } from './built-sig.ts'
import { instructionsOf } from './medication-groups.ts'

const i18n = (locale: 'en' | 'es'): I18n => ({
  locale,
  setLocale: () => undefined,
  t: (key, params) => translate(locale, key, params),
  date: () => '',
  number: (v) => String(v),
})
const item = (extra: Partial<MedicationItem>): MedicationItem => ({ ingredients: [], status: 'active', categories: [], reported: false, asNeeded: false, provenance: { resourceType: 'MedicationRequest', fields: {}, dropped: [] }, ...extra })

describe('builtSig', () => {
  it.each([
    [{ dose: { value: 1, unit: 'tablet' }, route: 'Oral', timing: { frequency: 1, period: 1, periodUnit: 'd' } }, '1 tablet, oral, once a day', '1 tablet, vía oral, una vez al día'],
    [{ dose: { value: 2, unit: 'puff' }, timing: { frequency: 1, period: 8, periodUnit: 'h' } }, '2 puff, every 8 hours', '2 puff, cada 8 horas'],
    [{ dose: { value: 500, unit: 'mg' }, timing: { frequency: 3, period: 1, periodUnit: 'd' } }, '500 mg, 3 times a day', '500 mg, 3 veces al día'],
    [{ dose: { value: 1, unit: 'patch' }, timing: { frequency: 2, period: 3, periodUnit: 'wk' } }, '1 patch, 2 times every 3 weeks', '1 patch, 2 veces cada 3 semanas'],
    [{ dose: { value: 5, unit: 'mL' }, timing: { text: 'Every evening' } }, '5 mL, Every evening', '5 mL, Every evening'],
  ] as const)('%o', (fields, en, es) => {
    expect(builtSig(i18n('en'), item(fields as Partial<MedicationItem>))).toBe(en)
    expect(builtSig(i18n('es'), item(fields as Partial<MedicationItem>))).toBe(es)
  })

  it('builds nothing from a dose alone or without a dose', () => {
    expect(builtSig(i18n('en'), item({ dose: { value: 1, unit: 'tablet' } }))).toBeUndefined()
    expect(builtSig(i18n('en'), item({ route: 'Oral', timing: { text: 'daily' } }))).toBeUndefined()
  })
})

describe('instructionsOf', () => {
  it('leads with the sig and keeps the patient instruction as an extra line', () => {
    expect(instructionsOf(item({ dosageText: 'Take 1 tablet daily.', patientInstruction: 'Take an extra one if swollen.' }))).toEqual({ main: 'Take 1 tablet daily.', extra: 'Take an extra one if swollen.' })
  })

  it('uses the built sig when the text is missing, and drops an extra line that repeats the main one', () => {
    expect(instructionsOf(item({ patientInstruction: 'Take 1 tablet daily' }), 'take 1 tablet daily.')).toEqual({ main: 'take 1 tablet daily.' })
    expect(instructionsOf(item({ patientInstruction: 'Take with food' }))).toEqual({ main: 'Take with food' })
  })
})
