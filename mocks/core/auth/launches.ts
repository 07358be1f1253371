import { bag, randomToken, type SandboxState } from '../state.ts'
import type { EhrLaunch } from './types.ts'

// Real EHR launch tokens are short-lived; a reload of the app within this window may reuse one.
const LAUNCH_TTL_MS = 5 * 60_000

const launches = (s: SandboxState) => bag<EhrLaunch>(s, 'ehr-launches')

export function createLaunch(state: SandboxState, launch: Omit<EhrLaunch, 'code' | 'issuedAt'>): EhrLaunch {
  const full: EhrLaunch = { ...launch, code: randomToken(12), issuedAt: state.now() }
  launches(state).set(full.code, full)
  return full
}

export function findLaunch(state: SandboxState, code: string, now: number): EhrLaunch | undefined {
  const l = launches(state).get(code)
  return l && now - l.issuedAt <= LAUNCH_TTL_MS ? l : undefined
}
