// Readers for untrusted JSON. Mappers are typed against @types/fhir, but vendors (and the property
// tests) send anything, so every read goes through these guards instead of trusting the type.

export type JsonRecord = Record<string, unknown>

export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A property of an object, or undefined for anything that is not an object. */
export function field(v: unknown, key: string): unknown {
  return isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined
}

/** A non-blank string (blank strings carry no meaning in FHIR and are invalid there). */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

export function records(v: unknown): JsonRecord[] {
  return list(v).filter(isRecord)
}

/** Reads a nested path of object keys: `at(r, 'valueQuantity', 'unit')`. */
export function at(v: unknown, ...keys: string[]): unknown {
  let cur = v
  for (const k of keys) cur = field(cur, k)
  return cur
}

/** "Patient/123" style reference for reports and warnings. */
export function refOf(v: unknown): string {
  const type = str(field(v, 'resourceType')) ?? 'Unknown'
  const id = str(field(v, 'id'))
  return id ? `${type}/${id}` : type
}
