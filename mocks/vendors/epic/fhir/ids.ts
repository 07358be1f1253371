// Epic ids are opaque strings. Ours are hashes of the vendor-neutral fact key, so they stay
// stable across runs and never reveal the key, yet look like Epic's ([A-Za-z0-9.-], ending in 3).
import { createHash, randomBytes } from 'node:crypto'

function digest(input: string): Buffer {
  return createHash('sha256').update(input).digest()
}

/** Opaque resource id; `length` mimics Epic's per-type lengths (Patient 24, Observation ~45). */
export function epicId(resourceType: string, key: string, length = 44): string {
  let body = ''
  for (let round = 0; body.length < length; round++) {
    body += digest(`${resourceType}:${key}:${round}`)
      .toString('base64')
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '.')
  }
  return 'e' + body.slice(0, length - 2) + '3'
}

/** Digits derived from `input`: Epic's order numbers, internal ids and `E-Tag` values are numeric. */
export function digits(input: string, count = 9): string {
  const n = digest(input).readBigUInt64BE(0) % 10n ** BigInt(count)
  return n.toString().padStart(count, '1').replace(/^0/, '1')
}

/** Upper-case alphanumeric token, like Epic's CEID. */
export function upperToken(input: string, count = 15): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
  return [...digest(input).subarray(0, count)].map((b) => alphabet[b % alphabet.length]).join('')
}

/** Server-side paging handle, shaped like Epic's `12-<32 hex>` sessionID. */
export function newSessionId(): string {
  return '12-' + randomBytes(16).toString('hex').toUpperCase()
}
