import { describe, expect, it } from 'vitest'
import type { LabGroup } from './lab-groups.ts'
import { byPanel, panelOf } from './lab-panels.ts'

const g = (key: string, loinc?: string) => ({ key, loinc, results: [], earlier: 0, earlierCritical: 0, numeric: true }) as LabGroup

describe('lab panels', () => {
  it('common tests fall in their panel; unknown codes and tests without LOINC go under other', () => {
    expect(panelOf({ loinc: '2823-3' })).toBe('metabolic')
    expect(panelOf({ loinc: '62238-1' })).toBe('metabolic')
    expect(panelOf({ loinc: '718-7' })).toBe('blood')
    expect(panelOf({ loinc: '2085-9' })).toBe('lipids')
    expect(panelOf({ loinc: '4548-4' })).toBe('diabetes')
    expect(panelOf({ loinc: '99999-9' })).toBe('other')
    expect(panelOf({ loinc: undefined })).toBe('other')
  })

  it('panels come in clinical order, each keeping its tests in the order given, and nothing is dropped', () => {
    const groups = [g('ldl', '13457-7'), g('local', undefined), g('k', '2823-3'), g('hb', '718-7'), g('na', '2951-2'), g('hdl', '2085-9')]
    const panels = byPanel(groups)
    expect(panels.map((p) => [p.panel, p.groups.map((x) => x.key)])).toEqual([
      ['metabolic', ['k', 'na']],
      ['blood', ['hb']],
      ['lipids', ['ldl', 'hdl']],
      ['other', ['local']],
    ])
    expect(panels.flatMap((p) => p.groups)).toHaveLength(groups.length)
  })
})
