import { randomBytes } from 'node:crypto'
import type { Grant } from './grants.ts'
import type { Faults } from './faults.ts'
import { noFaults } from './faults.ts'

export interface AccessToken {
  grant: Grant
  expiresAt: number
  /** Authorization code that produced it; replaying that code revokes it. */
  code?: string
  revoked?: boolean
}

export interface RefreshToken {
  grant: Grant
  /** Absolute end of the refreshable session (epoch ms); undefined = until revoked. */
  expiresAt?: number
  code?: string
  revoked?: boolean
}

export interface SandboxOptions {
  /** Overrides every vendor's access-token lifetime (seconds). */
  tokenTtl?: number
  /** Lets tests move time forward. */
  now?: () => number
}

export interface SandboxState {
  now: () => number
  tokenTtl?: number
  accessTokens: Map<string, AccessToken>
  refreshTokens: Map<string, RefreshToken>
  faults: Faults
  /** Search continuation state for vendors whose next links are server-side sessions. */
  pagingSessions: Map<string, unknown>
  /** Anything else a personality needs to remember (codes, launches, sign-in sessions). */
  bag: Map<string, Map<string, unknown>>
}

export function createState(options: SandboxOptions = {}): SandboxState {
  return {
    now: options.now ?? Date.now,
    tokenTtl: options.tokenTtl,
    accessTokens: new Map(),
    refreshTokens: new Map(),
    faults: noFaults(),
    pagingSessions: new Map(),
    bag: new Map(),
  }
}

/** A named map inside the state, created on first use. */
export function bag<T>(state: SandboxState, name: string): Map<string, T> {
  let m = state.bag.get(name)
  if (!m) {
    m = new Map()
    state.bag.set(name, m)
  }
  return m as Map<string, T>
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

export function issueAccessToken(state: SandboxState, grant: Grant, ttlSeconds: number, code?: string, bytes = 32): string {
  const token = randomToken(bytes)
  state.accessTokens.set(token, { grant, expiresAt: state.now() + ttlSeconds * 1000, code })
  return token
}

/** The grant behind a bearer token, or undefined when missing, unknown, revoked or expired. */
export function grantForRequest(state: SandboxState, req: Request): Grant | undefined {
  const header = req.headers.get('authorization') ?? ''
  const m = /^Bearer\s+(\S+)$/i.exec(header)
  if (!m) return undefined
  const t = state.accessTokens.get(m[1])
  if (!t || t.revoked || t.expiresAt <= state.now()) return undefined
  return t.grant
}
