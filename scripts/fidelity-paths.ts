// The JSON paths a set of FHIR resources uses, the way vendors.md §8 lists them: array positions
// collapse to `[]`, so `code.coding[].system` stands for every coding of every resource.
export function jsonPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) jsonPaths(item, `${prefix}[]`, into)
    if (value.length === 0) into.add(`${prefix}[]`)
    return into
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) jsonPaths(v, prefix ? `${prefix}.${key}` : key, into)
    return into
  }
  if (prefix) into.add(prefix)
  return into
}

/** Paths per resource type, sorted, for resources gathered from any number of searches. */
export function pathsByType(resources: unknown[]): Record<string, string[]> {
  const byType = new Map<string, Set<string>>()
  for (const r of resources) {
    const type = (r as { resourceType?: unknown }).resourceType
    if (typeof type !== 'string') continue
    const set = byType.get(type) ?? new Set<string>()
    jsonPaths(r, '', set)
    byType.set(type, set)
  }
  return Object.fromEntries([...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, s]) => [t, [...s].sort()]))
}
