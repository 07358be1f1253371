// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadLastChoice, saveLastChoice } from './last-choice.ts'

const KEY = 'chart-lens:last-health-system'

afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('the last health system chosen on this device', () => {
  it('comes back as it was saved, and only its name and FHIR base are stored', () => {
    saveLastChoice({ name: 'Riverside Health', fhirBase: 'https://fhir.riverside.example/R4', extra: 'patient 123' } as never)
    expect(loadLastChoice()).toEqual({ name: 'Riverside Health', fhirBase: 'https://fhir.riverside.example/R4' })
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ name: 'Riverside Health', fhirBase: 'https://fhir.riverside.example/R4' })
  })

  it('is nothing when never saved, unreadable, or missing a field', () => {
    expect(loadLastChoice()).toBeUndefined()
    localStorage.setItem(KEY, '{not json')
    expect(loadLastChoice()).toBeUndefined()
    localStorage.setItem(KEY, JSON.stringify({ name: 'Riverside Health' }))
    expect(loadLastChoice()).toBeUndefined()
    localStorage.setItem(KEY, JSON.stringify({ fhirBase: 'https://fhir.riverside.example/R4' }))
    expect(loadLastChoice()).toBeUndefined()
    localStorage.setItem(KEY, JSON.stringify({ name: 7, fhirBase: 'https://fhir.riverside.example/R4' }))
    expect(loadLastChoice()).toBeUndefined()
  })

  it('saving where storage is blocked or full does not break the launch', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    expect(() => saveLastChoice({ name: 'Riverside Health', fhirBase: 'https://fhir.riverside.example/R4' })).not.toThrow()
    expect(loadLastChoice()).toBeUndefined()
  })
})
