import { createHash } from 'node:crypto'

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url')
}

/** RFC 7636: 43–128 characters of the unreserved set, and S256 of it equals the stored challenge. */
export function verifierMatches(verifier: string | null, challenge: string): boolean {
  if (!verifier || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false
  return s256(verifier) === challenge
}
