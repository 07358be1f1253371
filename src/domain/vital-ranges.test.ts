import { describe, expect, it } from 'vitest'
import { bpCategory, positionInRange } from './vital-ranges.ts'

describe('blood pressure category (2017 ACC/AHA)', () => {
  it.each([
    [119, 79, 'normal'],
    [120, 79, 'elevated'],
    [129, 79, 'elevated'],
    [130, 70, 'stage-1'],
    [118, 80, 'stage-1'],
    [139, 89, 'stage-1'],
    [140, 70, 'stage-2'],
    [128, 90, 'stage-2'],
    [180, 120, 'stage-2'],
    [181, 100, 'crisis'],
    [150, 121, 'crisis'],
  ] as const)('%i/%i mmHg is %s', (s, d, category) => {
    expect(bpCategory(s, d, true)).toBe(category)
  })

  it('is not given for children or for half a reading', () => {
    expect(bpCategory(150, 95, false)).toBeUndefined()
    expect(bpCategory(150, undefined, true)).toBeUndefined()
  })
})

describe('usual adult ranges', () => {
  it('places a reading below, within or above, at the bounds included', () => {
    expect(positionInRange('heart-rate', { value: 59, unit: '/min' }, true)).toBe('below')
    expect(positionInRange('heart-rate', { value: 60, unit: '/min' }, true)).toBe('within')
    expect(positionInRange('heart-rate', { value: 100, unit: '/min' }, true)).toBe('within')
    expect(positionInRange('heart-rate', { value: 101, unit: '/min' }, true)).toBe('above')
    expect(positionInRange('spo2', { value: 94, unit: '%' }, true)).toBe('below')
    expect(positionInRange('spo2', { value: 100, unit: '%' }, true)).toBe('within')
    expect(positionInRange('bmi', { value: 29.3, unit: 'kg/m2' }, true)).toBe('above')
  })

  it('converts Fahrenheit before comparing, and compares nothing in a unit it cannot convert', () => {
    expect(positionInRange('temperature', { value: 98.6, unit: '[degF]' }, true)).toBe('within')
    expect(positionInRange('temperature', { value: 100.4, unit: '[degF]' }, true)).toBe('above')
    expect(positionInRange('temperature', { value: 36.6, unit: 'Cel' }, true)).toBe('within')
    expect(positionInRange('temperature', { value: 309, unit: 'K' }, true)).toBeUndefined()
    expect(positionInRange('heart-rate', { value: 70, unit: undefined }, true)).toBeUndefined()
  })

  it('gives nothing for children, for kinds without a guideline range, or without a reading', () => {
    expect(positionInRange('heart-rate', { value: 120, unit: '/min' }, false)).toBeUndefined()
    expect(positionInRange('weight', { value: 80, unit: 'kg' }, true)).toBeUndefined()
    expect(positionInRange('heart-rate', undefined, true)).toBeUndefined()
  })
})
