// `normalize --summary`: what a whole input (a directory of exports) looks like to the mappers,
// counted instead of listed per resource, so an integrator sees the shape of a feed at a glance.
import { field, isRecord, str } from './json.ts'
import type { NormalizeOutput } from './normalize-report.ts'
import { splitExternal } from './report-paths.ts'

export interface NormalizeSummary {
  models: Record<string, number>
  /** `ResourceType path → model.field`, array positions collapsed to `[]`. */
  paths: Record<string, number>
  rules: Record<string, { description: string; count: number }>
  codeSystems: Record<string, number>
  units: Record<string, number>
  /** `ResourceType path: reason`, array positions collapsed to `[]`. */
  dropped: Record<string, number>
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1
}

/** Keys in code-point order, so the same counts print the same bytes whatever the input order. */
function sorted<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function collapse(path: string, known: (ref: string) => boolean): string {
  const external = splitExternal(path, known)
  const local = external ? `${external.ref.split('/')[0] ?? ''}/{id}.${external.rest}` : path
  return local.replace(/\[\d+\]/g, '[]')
}

/** Every coding system and quantity unit anywhere in the JSON (extensions and contained included). */
function scan(v: unknown, key: string, systems: Record<string, number>, units: Record<string, number>): void {
  if (Array.isArray(v)) {
    for (const x of v) scan(x, key, systems, units)
    return
  }
  if (!isRecord(v)) return
  const system = str(v.system)
  if (key === 'coding' && system !== undefined) count(systems, system.trim())
  const unit = str(v.unit)?.trim()
  const code = str(v.code)?.trim()
  if (typeof v.value === 'number' && (unit !== undefined || (code !== undefined && system !== undefined))) {
    count(units, unit !== undefined && code !== undefined && code !== unit ? `${unit} [${code}]` : (unit ?? `[${code ?? ''}]`))
  }
  for (const [k, x] of Object.entries(v)) scan(x, k, systems, units)
}

export function summarize(resources: unknown[], out: NormalizeOutput): NormalizeSummary {
  const refs = new Set(resources.map((r) => `${str(field(r, 'resourceType')) ?? ''}/${str(field(r, 'id')) ?? ''}`))
  const known = (ref: string) => refs.has(ref)
  const s: NormalizeSummary = { models: {}, paths: {}, rules: {}, codeSystems: {}, units: {}, dropped: {} }
  const descriptions: Record<string, string> = {}
  const ruleCounts: Record<string, number> = {}
  for (const m of out.models) count(s.models, m.type)
  for (const entry of out.report) {
    const type = entry.ref.split('/')[0] ?? entry.ref
    for (const f of entry.fields) {
      count(s.paths, `${type} ${collapse(f.from, known)} → ${entry.model}.${f.field}`)
      for (const r of f.rules) {
        count(ruleCounts, r.id)
        descriptions[r.id] = r.description
      }
    }
    for (const d of entry.dropped) count(s.dropped, `${type} ${collapse(d.path, known)}: ${d.reason}`)
  }
  for (const r of resources) scan(r, '', s.codeSystems, s.units)
  return {
    models: sorted(s.models),
    paths: sorted(s.paths),
    rules: sorted(Object.fromEntries(Object.entries(ruleCounts).map(([id, n]) => [id, { description: descriptions[id] ?? '', count: n }]))),
    codeSystems: sorted(s.codeSystems),
    units: sorted(s.units),
    dropped: sorted(s.dropped),
  }
}
