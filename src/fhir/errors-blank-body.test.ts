import { describe, expect, it } from 'vitest'
import { errorFromResponse } from './errors.ts'

const challenge = new Headers({ 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token provided is not valid"' })

describe('a blank error body', () => {
  it.each(['""', '{}', '   ', '" "'])('%j falls back to the WWW-Authenticate description', (body) => {
    const e = errorFromResponse(401, 'Unauthorized', challenge, body)
    expect(e.message).toBe('The access token provided is not valid')
  })

  it('falls back to the status text when there is no challenge', () => {
    expect(errorFromResponse(401, 'Unauthorized', new Headers(), '""').message).toBe('HTTP 401 Unauthorized')
  })
})
