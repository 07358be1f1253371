import { describe, expect, it } from 'vitest'
import { axisDomain } from './axis-span.ts'

describe('axisDomain', () => {
  it('a 0.6 cm change in height gets a 20 cm axis centred on it', () => {
    const d = axisDomain('height', 'cm', { min: 172.1, max: 172.7 })
    expect(d.min).toBeCloseTo(162.4, 9)
    expect(d.max).toBeCloseTo(182.4, 9)
  })

  it('weight wider than the minimum keeps its own extent', () => {
    expect(axisDomain('weight', 'kg', { min: 70, max: 95 })).toEqual({ min: 70, max: 95 })
  })

  it('the span is converted to the axis unit: 10 kg in pounds, 2 °C in °F', () => {
    const lb = axisDomain('weight', '[lb_av]', { min: 180, max: 181 })
    expect(lb.max - lb.min).toBeCloseTo(10 / 0.45359237, 6)
    const f = axisDomain('temperature', '[degF]', { min: 98.4, max: 98.8 })
    expect(f.max - f.min).toBeCloseTo(3.6, 6)
    expect((f.min + f.max) / 2).toBeCloseTo(98.6, 6)
  })

  it('blood pressure always shows 60 to 180 mmHg, stretched by readings outside', () => {
    expect(axisDomain('blood-pressure', 'mm[Hg]', { min: 72, max: 131 })).toEqual({ min: 60, max: 180 })
    expect(axisDomain('blood-pressure', 'mm[Hg]', { min: 48, max: 212 })).toEqual({ min: 48, max: 212 })
  })

  it('SpO2 shows 85 to 100 %, respiratory rate 10 to 30, heart rate at least 40 beats', () => {
    expect(axisDomain('spo2', '%', { min: 94, max: 99 })).toEqual({ min: 85, max: 100 })
    expect(axisDomain('spo2', '%', { min: 78, max: 99 })).toEqual({ min: 78, max: 100 })
    expect(axisDomain('resp-rate', '{breaths}/min', { min: 14, max: 18 })).toEqual({ min: 10, max: 30 })
    expect(axisDomain('heart-rate', '{beats}/min', { min: 60, max: 70 })).toEqual({ min: 45, max: 85 })
  })

  it('a widened axis is moved up rather than show negative values a vital cannot have', () => {
    expect(axisDomain('weight', 'kg', { min: 3.2, max: 3.4 })).toEqual({ min: 0, max: 10 })
    expect(axisDomain('weight-z', '', { min: -0.5, max: 0.4 })).toEqual({ min: -3, max: 3 })
  })

  it('a unit the rule cannot convert to, or a kind without a rule, keeps the data extent', () => {
    expect(axisDomain('weight', 'stone', { min: 12, max: 12.1 })).toEqual({ min: 12, max: 12.1 })
    expect(axisDomain('other', 'mg', { min: 1, max: 1.2 })).toEqual({ min: 1, max: 1.2 })
  })
})
