// Where the Epic personality lives on the sandbox. Paths mirror fhir.epic.com's interconnect layout.
export const EPIC_PREFIX = '/epic'
export const EPIC_FHIR_PATH = '/epic/api/FHIR/R4'
export const EPIC_OAUTH_PATH = '/epic/oauth2'
export const EPIC_TOKEN_TTL = 3600
export const EPIC_STYLE_PATH = '/epic/api/epic/2016/EDI/HTTP/style/sandbox.json'
/**
 * The same Epic personality under a customer-shaped base, as Epic customers publish them
 * (`https://<customer host>/FHIRProxy/api/FHIR/R4/`, OAuth at `…/FHIRProxy/oauth2/…`).
 */
export const EPIC_CUSTOMER_PREFIX = '/northfield-health/FHIRProxy'
export const EPIC_CUSTOMER_FHIR_PATH = `${EPIC_CUSTOMER_PREFIX}/api/FHIR/R4`
/**
 * Epic customer-shaped bases whose discovery publishes `code_challenge_methods_supported: []` yet accept
 * S256, as a few production Epic endpoints do (§8.1: 7 of 558).
 */
export const EPIC_EMPTY_PKCE_PREFIXES = ['/lakeview-clinics/FHIRProxy', '/prairie-valley-health/Interconnect-FHIR-PRD'] as const
