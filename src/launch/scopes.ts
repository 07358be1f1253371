const RESOURCES = ['Patient', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Medication']

/** SMART v2 read+search scopes for the resources the app shows, plus launch context and identity. */
export function buildScope(kind: 'ehr' | 'standalone'): string {
  const context = kind === 'ehr' ? ['launch'] : ['launch/patient']
  return [...context, 'openid', 'fhirUser', ...RESOURCES.map((r) => `patient/${r}.rs`)].join(' ')
}
