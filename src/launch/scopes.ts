const RESOURCES = ['Patient', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Medication']

export interface ScopeRequest {
  kind: 'ehr' | 'standalone'
  /** `capabilities` from the server's smart-configuration. */
  capabilities: string[]
  /** Ask for access that outlives the browser session (only where configured). */
  offline: boolean
}

/**
 * Built from discovery, never trimmed against `scopes_supported` (Epic lists no resource scopes there
 * yet grants them). v2 syntax when the server says it speaks it, v1 otherwise.
 */
export function buildScope({ kind, capabilities, offline }: ScopeRequest): string {
  const caps = new Set(capabilities)
  const suffix = caps.has('permission-v2') ? 'rs' : 'read'
  const scopes = [kind === 'ehr' ? 'launch' : 'launch/patient', 'openid', 'fhirUser']
  scopes.push(...RESOURCES.map((r) => `patient/${r}.${suffix}`))
  // Refresh keeps short-lived tokens (570 s on some servers) from interrupting the user.
  if (offline && caps.has('permission-offline')) scopes.push('offline_access')
  else if (caps.has('permission-online')) scopes.push('online_access')
  return scopes.join(' ')
}
