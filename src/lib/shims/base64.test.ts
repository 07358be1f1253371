// The js-base64 stand-in must encode and decode exactly like js-base64 for what fhirclient passes it.
import fc from 'fast-check'
// By path: the bare name is aliased to the stand-in under test.
import * as real from '../../../node_modules/js-base64/base64.mjs'
import { describe, expect, it } from 'vitest'
import { decode, encodeURL, fromUint8Array } from './base64.ts'

describe('base64 stand-in for fhirclient', () => {
  it('encodes bytes like js-base64, plain and URL-safe (PKCE challenges are URL-safe SHA-256 digests)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, urlsafe) => {
        expect(fromUint8Array(bytes, urlsafe)).toBe(real.fromUint8Array(bytes, urlsafe))
      }),
    )
  })

  it('encodes text (JWT parts) and decodes it back like js-base64, any Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const encoded = encodeURL(text)
        expect(encoded).toBe(real.encodeURL(text))
        expect(decode(encoded)).toBe(text)
        expect(decode(real.encode(text))).toBe(real.decode(real.encode(text)))
      }),
    )
  })

  it('a PKCE verifier challenge matches the RFC 7636 example', async () => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')))
    expect(fromUint8Array(digest, true)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
  })
})
