// The FHIR servers this app may talk to. An EHR launch from any other `iss` is refused.

export interface SmartEndpoint {
  id: string
  name: string
  fhirBase: string
  clientId: string | undefined
  launch: Array<'ehr' | 'standalone'>
}

const sandbox = (import.meta.env.VITE_SANDBOX_URL ?? 'http://localhost:4010').replace(/\/$/, '')
const CERNER_TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'

export const endpoints: SmartEndpoint[] = [
  {
    id: 'local-epic',
    name: 'Epic (local sandbox)',
    fhirBase: `${sandbox}/epic/api/FHIR/R4`,
    clientId: 'epic-sandbox-app',
    launch: ['ehr', 'standalone'],
  },
  {
    id: 'local-cerner-patient',
    name: 'Cerner patient portal (local sandbox)',
    fhirBase: `${sandbox}/cerner/r4/${CERNER_TENANT}`,
    clientId: 'cerner-sandbox-patient-app',
    launch: ['standalone'],
  },
  {
    id: 'local-cerner-provider',
    name: 'Cerner PowerChart (local sandbox)',
    fhirBase: `${sandbox}/cerner/ehr/r4/${CERNER_TENANT}`,
    clientId: 'cerner-sandbox-provider-app',
    launch: ['ehr'],
  },
  {
    id: 'epic-sandbox',
    name: 'Epic on FHIR sandbox (fhir.epic.com)',
    fhirBase: 'https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
    clientId: import.meta.env.VITE_EPIC_CLIENT_ID || undefined,
    launch: ['ehr', 'standalone'],
  },
  {
    id: 'oracle-sandbox',
    name: 'Oracle Health sandbox (patient)',
    fhirBase: 'https://fhir-myrecord.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d',
    clientId: import.meta.env.VITE_CERNER_CLIENT_ID || undefined,
    launch: ['standalone'],
  },
]

export function endpointById(id: string): SmartEndpoint | undefined {
  return endpoints.find((e) => e.id === id)
}

/** Exact match on the normalized FHIR base: no prefix, case or trailing-dot tricks. */
export function endpointForIss(iss: string): SmartEndpoint | undefined {
  let url: URL
  try {
    url = new URL(iss)
  } catch {
    return undefined
  }
  if (url.username || url.password || url.search || url.hash) return undefined
  const normalized = `${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`
  if (normalized !== iss.replace(/\/$/, '')) return undefined
  return endpoints.find((e) => e.fhirBase === normalized && e.launch.includes('ehr'))
}
