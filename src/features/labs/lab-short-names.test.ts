import { describe, expect, it } from 'vitest'
import { translate } from '../../i18n/i18n.tsx'
import { labName } from './lab-names.ts'
import { shortLabName } from './lab-short-names.ts'

const en: Parameters<typeof shortLabName>[0] = (key, params) => translate('en', key, params)
const es: Parameters<typeof shortLabName>[0] = (key, params) => translate('es', key, params)

const EGFR_LONG = 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] (CKD-EPI)'

describe('shortLabName', () => {
  it('a known LOINC gets its clinical short name, whatever the source called it', () => {
    expect(shortLabName(en, { key: '62238-1', loinc: '62238-1', name: EGFR_LONG })).toBe('eGFR')
    expect(shortLabName(en, { key: '98979-8', loinc: '98979-8', name: 'eGFRcr CKD-EPI 2021' })).toBe('eGFR')
    expect(shortLabName(en, { key: '2823-3', loinc: '2823-3', name: 'Potassium [Moles/volume] in Serum or Plasma' })).toBe('Potassium')
    expect(shortLabName(en, { key: '4548-4', loinc: '4548-4' })).toBe('HbA1c')
  })

  it('in Spanish where the chart word differs, the same where it does not', () => {
    expect(shortLabName(es, { key: '2823-3', loinc: '2823-3' })).toBe('Potasio')
    expect(shortLabName(es, { key: '62238-1', loinc: '62238-1' })).toBe('TFGe')
    expect(shortLabName(es, { key: '3016-3', loinc: '3016-3' })).toBe('TSH')
  })

  it('an unknown LOINC keeps the source name; without a name, the LOINC code', () => {
    expect(shortLabName(en, { key: '99999-9', loinc: '99999-9', name: 'Zinc [Mass/volume] in Serum or Plasma' })).toBe('Zinc [Mass/volume] in Serum or Plasma')
    expect(shortLabName(en, { key: 'Local panel X', name: 'Local panel X' })).toBe('Local panel X')
    expect(shortLabName(en, { key: '99999-9', loinc: '99999-9' })).toBe('99999-9')
  })

  it('a test with neither name nor LOINC (a data-absent code) is said to be unnamed, never shown by its resource id', () => {
    const unnamed = { key: 'obs-7f3a' }
    expect(shortLabName(en, unnamed)).toBe('Test without a name in the record')
    expect(shortLabName(es, unnamed)).toBe('Prueba sin nombre en el expediente')
    expect(labName(en, unnamed, 'clinician')).toBe('Test without a name in the record')
    expect(labName(es, unnamed, 'patient')).toBe('Prueba sin nombre en el expediente')
    expect(labName(en, { key: '99999-9', loinc: '99999-9' }, 'clinician')).toBe('99999-9')
  })

  it('leaves the patient’s plain names alone', () => {
    expect(labName(en, { key: '62238-1', loinc: '62238-1', name: EGFR_LONG }, 'patient')).toBe('eGFR (kidney filtration)')
    expect(labName(en, { key: '62238-1', loinc: '62238-1', name: EGFR_LONG }, 'clinician')).toBe(EGFR_LONG)
  })
})
