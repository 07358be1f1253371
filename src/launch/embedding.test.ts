import { describe, expect, it } from 'vitest'
import { isOracleHost } from './embedding.ts'

describe('isOracleHost', () => {
  it.each([
    ['https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d', true],
    ['https://fhir-myrecord.cerner.com/r4/t', true],
    ['https://cerner.com.evil.test/r4/t', false],
    ['http://localhost:4010/cerner/ehr/r4/t', false],
    ['not a url', false],
  ])('%s → %s', (base, expected) => {
    expect(isOracleHost(base)).toBe(expected)
  })
})
