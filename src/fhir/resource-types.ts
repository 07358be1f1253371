// Typing helpers: the resource type string decides the TypeScript type of what comes back.
import type { FhirResource } from 'fhir/r4'

export type ResourceType = FhirResource['resourceType']

export type ResourceOf<K extends ResourceType> = Extract<FhirResource, { resourceType: K }>

/** Search parameters as callers write them; arrays become repeated parameters (`_include` twice). */
export type SearchParams = URLSearchParams | Record<string, string | number | readonly string[] | undefined>

export function toSearchParams(params: SearchParams): URLSearchParams {
  if (params instanceof URLSearchParams) return new URLSearchParams(params)
  const out = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue
    if (typeof v === 'string' || typeof v === 'number') out.append(k, String(v))
    else for (const item of v) out.append(k, item)
  }
  return out
}
