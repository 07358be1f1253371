// Runs a domain mapper over a list. Mappers return null for resources they cannot read; those are
// counted so the user is told something was left out rather than silently missing it.
import { clientWarning, type FhirWarning } from './warnings.ts'

export function mapAll<T, R>(items: readonly T[], map: (item: T) => R | null): { items: R[]; unreadable: number } {
  const out: R[] = []
  for (const item of items) {
    const r = map(item)
    if (r !== null) out.push(r)
  }
  return { items: out, unreadable: items.length - out.length }
}

export function unreadableWarnings(type: string, unreadable: number): FhirWarning[] {
  return unreadable ? [clientWarning('unreadable', `${unreadable} ${type} result(s) could not be read and are not shown.`, type)] : []
}
