// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as labTests from '../../../mocks/data/lab-tests.ts'
import type { LabResult, VitalSign } from '../../domain/observation.ts'
import type { VitalKind } from '../../domain/vital-kinds.ts'
import { EXPLAINED_LOINCS, explanationOf, explanationText } from './explanation.ts'
import { BLOOD } from './labs-blood.ts'
import { CHEMISTRY } from './labs-chemistry.ts'
import { METABOLIC } from './labs-metabolic.ts'
import { URINE } from './labs-urine.ts'
import { VITALS } from './vitals.ts'

const lab = (loinc?: string): LabResult => ({
  ...(loinc !== undefined && { loinc }), status: 'final', categories: ['laboratory'], value: { kind: 'absent', reason: 'test' },
  provenance: { resourceType: 'Observation', fields: {}, dropped: [] },
})
const vital = (kind: VitalKind) => ({ kind, status: 'final', categories: [], value: { kind: 'absent', reason: 'test' }, provenance: { resourceType: 'Observation', fields: {}, dropped: [] } }) as VitalSign

const ALL_LAB_TEXTS = [CHEMISTRY, BLOOD, METABOLIC, URINE].flatMap((group) => Object.values(group))
// Every kind the app files vital signs under; "other" has no known meaning by design.
const VITAL_KINDS = {
  'blood-pressure': true, 'heart-rate': true, 'resp-rate': true, temperature: true, weight: true, height: true, bmi: true, spo2: true,
  'weight-percentile': true, 'height-percentile': true, 'bmi-percentile': true, 'weight-z': true, 'height-z': true, 'bmi-z': true, other: false,
} satisfies Record<VitalKind, boolean>
const sentences = (s: string) => s.split(/(?<=\.)\s+/).length

describe('lab explanations', () => {
  it('are chosen by LOINC, alternate codes of the same test included', () => {
    expect(explanationOf({ kind: 'lab', lab: lab('2823-3') })?.en).toMatch(/^Potassium is a mineral/)
    expect(explanationOf({ kind: 'lab', lab: lab('6298-4') })).toBe(explanationOf({ kind: 'lab', lab: lab('2823-3') }))
    expect(explanationOf({ kind: 'lab', lab: lab('4548-4') })?.es).toMatch(/^La A1c/)
  })

  it('fall back to none for an unknown code, no code, or a name that is not a code', () => {
    expect(explanationOf({ kind: 'lab', lab: lab('99999-9') })).toBeUndefined()
    expect(explanationOf({ kind: 'lab', lab: lab() })).toBeUndefined()
    expect(explanationOf({ kind: 'lab', lab: lab('constructor') })).toBeUndefined()
    expect(explanationOf({ kind: 'record' })).toBeUndefined()
    expect(explanationOf(undefined)).toBeUndefined()
  })

  it('cover every lab the emulator’s synthetic patients have, and about 40 common tests', () => {
    const emulated = Object.values(labTests).flatMap((t) => ('loinc' in t ? [t.loinc] : []))
    expect(emulated.length).toBeGreaterThan(15)
    expect(emulated.filter((loinc) => !EXPLAINED_LOINCS.includes(loinc))).toEqual([])
    expect(ALL_LAB_TEXTS.length).toBeGreaterThanOrEqual(40)
  })

  it('clinicians get the first sentence only', () => {
    const about = { kind: 'lab', lab: lab('2823-3') } as const
    expect(explanationText(about, 'en', true)).toBe('Potassium is a mineral that helps your heart and muscles work.')
    expect(explanationText(about, 'en', false)).toMatch(/heartbeat\.$/)
    expect(explanationText(about, 'es', true)).toBe('El potasio es un mineral que ayuda a que el corazón y los músculos funcionen.')
  })
})

describe('vital explanations', () => {
  it.each(Object.entries(VITAL_KINDS))('%s', (kind, explained) => {
    const e = explanationOf({ kind: 'vital', reading: vital(kind as VitalKind) })
    if (explained) expect(e?.en && e.es).toBeTruthy()
    else expect(e).toBeUndefined()
  })
})

describe('every explanation', () => {
  const texts = [...ALL_LAB_TEXTS, ...Object.values(VITALS)]
  it('is one or two short sentences in English and in Spanish, worded apart', () => {
    for (const t of texts) {
      expect(sentences(t.en), t.en).toBeLessThanOrEqual(2)
      expect(sentences(t.es), t.es).toBeLessThanOrEqual(2)
      expect(t.en.length, t.en).toBeLessThan(200)
      expect(t.es, t.en).not.toBe(t.en)
    }
  })

  it('cites its public source', () => {
    for (const file of ['labs-chemistry.ts', 'labs-blood.ts', 'labs-metabolic.ts', 'labs-urine.ts', 'vitals.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8')
      const entries = source.match(/^ {2}[\w'-]+: \{$/gm) ?? []
      const cited = source.match(/^ {2}\/\/ https:\/\/(medlineplus\.gov|www\.cdc\.gov)\/\S+\n {2}[\w'-]+: \{$/gm) ?? []
      expect(entries.length, file).toBeGreaterThan(0)
      expect(cited.length, file).toBe(entries.length)
    }
  })
})
