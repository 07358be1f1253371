// Where the Cerner (Oracle Health) personality lives. The tenant is a path segment, as in Millennium.
export const CERNER_PREFIX = '/cerner'
export const CERNER_TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'
/** Patient-facing base (like fhir-myrecord): standalone launches from a portal. */
export const CERNER_PATIENT_FHIR_PATH = `/cerner/r4/${CERNER_TENANT}`
/** Provider base (like fhir-ehr-code): EHR launches from PowerChart. */
export const CERNER_PROVIDER_FHIR_PATH = `/cerner/ehr/r4/${CERNER_TENANT}`
export const CERNER_AUTH_PATH = `/cerner/authorization/tenants/${CERNER_TENANT}`
export const CERNER_TOKEN_TTL = 570
