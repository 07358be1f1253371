// Where the Cerner (Oracle Health) personality lives. The tenant is a path segment, as in Millennium.
export const CERNER_PREFIX = '/cerner'
export const CERNER_TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'
/** Patient-facing base (like fhir-myrecord): standalone launches from a portal. */
export const CERNER_PATIENT_FHIR_PATH = `/cerner/r4/${CERNER_TENANT}`
/** Provider base (like fhir-ehr-code): EHR launches from PowerChart. */
export const CERNER_PROVIDER_FHIR_PATH = `/cerner/ehr/r4/${CERNER_TENANT}`
export const CERNER_AUTH_PATH = `/cerner/authorization/tenants/${CERNER_TENANT}`
export const CERNER_TOKEN_TTL = 570
/** Provider base shaped like Oracle's production fhir-ehr.cerner.com/r4/<tenant>. */
export const CERNER_EHR_SHAPED_PREFIX = '/fhir-ehr/r4'
export const CERNER_EHR_SHAPED_FHIR_PATH = `${CERNER_EHR_SHAPED_PREFIX}/${CERNER_TENANT}`
/**
 * Patient base shaped like fhir-myrecord.cerner.com/r4/<tenant>. Its discovery publishes
 * `code_challenge_methods_supported: []`, as a quarter of Oracle's production endpoints do (they accept S256).
 */
export const CERNER_MYRECORD_SHAPED_PREFIX = '/fhir-myrecord/r4'
export const CERNER_MYRECORD_SHAPED_FHIR_PATH = `${CERNER_MYRECORD_SHAPED_PREFIX}/${CERNER_TENANT}`
