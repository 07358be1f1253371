import { describe, expect, it } from 'vitest'
import { epicSigTrailer } from './epic-sig.ts'

describe('Epic sig trailer', () => {
  it('cuts the start date and order class, and reads the date', () => {
    expect(epicSigTrailer('Inject 0.5 mL under the skin 1 (one) time for 1 dose., Starting Tue 5/28/2019, Normal')).toEqual({
      text: 'Inject 0.5 mL under the skin 1 (one) time for 1 dose.',
      start: '2019-05-28',
    })
  })

  it('reads an end date too', () => {
    expect(epicSigTrailer('Take 1 tablet by mouth daily., Starting Tue 11/12/2024, Until Wed 1/1/2025, Normal')).toEqual({
      text: 'Take 1 tablet by mouth daily.',
      start: '2024-11-12',
      end: '2025-01-01',
    })
  })

  it('marks a historical medication as reported, even with no instruction before it', () => {
    expect(epicSigTrailer('Take 2 tablets by mouth as needed., Historical Med')).toEqual({ text: 'Take 2 tablets by mouth as needed.', reported: true })
    expect(epicSigTrailer(', Historical Med')).toEqual({ text: '', reported: true })
  })

  it.each([
    ['no trailer', 'Take 1 tablet by mouth daily.'],
    ['a comma inside the instruction', 'Take 1 tablet, then 2 tablets if needed'],
    ['a word that is an order class but not after a comma', 'Normal saline flush'],
    ['an impossible date', 'Take daily., Starting Tue 2/30/2024'],
    ['an order class with nothing before it', 'Normal'],
    ['a start date with nothing before it', 'Starting Tue 5/28/2019'],
  ])('leaves %s alone', (_n, text) => {
    expect(epicSigTrailer(text)).toBeUndefined()
  })

  it('trims what is left before the trailer', () => {
    expect(epicSigTrailer('Take daily.  , Normal')).toEqual({ text: 'Take daily.' })
  })

  it('keeps instruction text that merely ends in an order-class-like word before the trailer', () => {
    expect(epicSigTrailer('Use as directed, Normal, Starting Mon 1/6/2025, Print')).toEqual({ text: 'Use as directed, Normal', start: '2025-01-06' })
  })
})
