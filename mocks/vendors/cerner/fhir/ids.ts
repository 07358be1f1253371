// Cerner ids are numeric (or prefixed numeric composites). Ours are hashes of the vendor-neutral
// fact keys, so the same fact has the same id on every run and in every test.
import { createHash } from 'node:crypto'
import { CERNER_TENANT } from '../config.ts'

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest()
}

/**
 * A 9–11 digit numeric id. Eleven digits keep collisions out of reach even for the ≥5,000-vital
 * patient (a 9-digit space would collide about once in 70 patients of that size).
 */
export function numericId(seed: string): string {
  const n = digest(seed).readBigUInt64BE(0) % 90_000_000_000n
  return String(n + 100_000_000n)
}

/** Deterministic RFC 4122-looking UUID (Bundle ids, `ceuuid` identifiers). */
export function uuidFrom(seed: string): string {
  const h = digest(seed).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Small stable integer in [0, n), for picking among synthetic variants. */
export function pick(seed: string, n: number): number {
  return digest(seed).readUInt32BE(0) % n
}

/** Tenant-local Millennium code sets, e.g. codeSet/72 (event codes) or codeSet/4 (identifier types). */
export function codeSet(n: number): string {
  return `https://fhir.cerner.com/${CERNER_TENANT}/codeSet/${n}`
}

/** Tenant-local order-catalog synonyms used as a second medication coding. */
export const SYNONYM_SYSTEM = `https://fhir.cerner.com/${CERNER_TENANT}/synonym`

export const LOINC = 'http://loinc.org'
export const SNOMED = 'http://snomed.info/sct'
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm'
export const UCUM = 'http://unitsofmeasure.org'
export const DAR_SYSTEM = 'http://terminology.hl7.org/CodeSystem/data-absent-reason'
