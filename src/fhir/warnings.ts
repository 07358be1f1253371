// Things worth telling the user that are not failures: OperationOutcome entries inside a searchset
// ("may not contain the entire record", "sub-type not authorized"), and the client's own notes
// (paging stopped early, medication details missing).
import type { OperationOutcome } from 'fhir/r4'
import { outcomeText } from './errors.ts'

export interface FhirWarning {
  source: 'server' | 'client'
  severity: 'information' | 'warning' | 'error'
  /** FHIR issue type (`suppressed`, `processing`) for server warnings; a client code otherwise. */
  code: string
  message: string
  resourceType?: string
  /** Server-specific codes from `issue.details.coding`, for adapters that filter known noise. */
  detailCodes?: string[]
}

export function warningsFromOutcomes(outcomes: OperationOutcome[], resourceType?: string): FhirWarning[] {
  const out: FhirWarning[] = []
  for (const oo of outcomes) {
    for (const issue of Array.isArray(oo.issue) ? oo.issue : []) {
      const message = outcomeText({ resourceType: 'OperationOutcome', issue: [issue] })
      if (!message) continue
      const severity = issue.severity === 'information' ? 'information' : issue.severity === 'warning' ? 'warning' : 'error'
      const detailCodes = (issue.details?.coding ?? []).map((c) => c.code).filter((c): c is string => Boolean(c))
      out.push({ source: 'server', severity, code: issue.code ?? 'unknown', message, resourceType, detailCodes })
    }
  }
  return out
}

/** Servers repeat the same outcome on every page; show each distinct warning once. */
export const warningKey = (w: FhirWarning) => `${w.source}|${w.code}|${w.resourceType ?? ''}|${w.message}`

export function dedupeWarnings(warnings: FhirWarning[]): FhirWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    const key = warningKey(w)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function clientWarning(code: string, message: string, resourceType?: string): FhirWarning {
  return { source: 'client', severity: 'warning', code, message, resourceType }
}
