// The chart's own code as one chunk. Rolldown gives every set of lazy importers its own shared chunk,
// even when one importer (a section panel) can only load after another (the chart): /app then fetched
// twelve files before its first FHIR read, which on HTTP/1.1's six connections is a second round of
// requests. Every module the chart entry reaches statically, and that neither the start page nor the
// sign-in code reaches, goes into one chunk; the sections stay lazy and reuse it.
import type { Plugin } from 'vite'

interface GraphInfo {
  importedIds: readonly string[]
}

/** Modules reachable from `roots` through static imports only. */
export function staticClosure(roots: readonly string[], infoOf: (id: string) => GraphInfo | null | undefined): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const id = queue.pop() as string
    if (seen.has(id)) continue
    const info = infoOf(id)
    if (!info) continue
    seen.add(id)
    queue.push(...info.importedIds)
  }
  return seen
}

/** What the chart chunk holds: the chart entry's closure minus what other entry points also reach. */
export function chartModules(chart: string, others: readonly string[], infoOf: (id: string) => GraphInfo | null | undefined): Set<string> {
  const shared = staticClosure(others, infoOf)
  return new Set([...staticClosure([chart], infoOf)].filter((id) => !shared.has(id)))
}

/**
 * `chartEntry` and `otherEntries` end in these path suffixes (the app entry and the lazy sign-in
 * modules the start page or an EHR launch loads without the chart).
 */
export function chartChunk(chartEntry: string, otherEntries: readonly string[]): Plugin {
  let members = new Set<string>()
  const find = (ids: Iterable<string>, suffix: string) => [...ids].find((id) => id.endsWith(suffix))
  return {
    name: 'chart-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const chart = find(ids, chartEntry)
      if (!chart) return
      const others = otherEntries.map((s) => find(ids, s)).filter((id): id is string => !!id)
      members = chartModules(chart, others, (id) => this.getModuleInfo(id))
    },
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {}
      return { ...options, codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), { name: 'chart', test: (id: string) => members.has(id), includeDependenciesRecursively: false }] } }
    },
  }
}
