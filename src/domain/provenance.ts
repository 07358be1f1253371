// Field-level lineage for every model: which FHIR path fed each field, which normalization rules
// changed it, and what was dropped and why. The CLI report and the UI's "where does this come
// from" view both read it, so a vendor quirk is never silently absorbed.
import { field, isRecord, refOf, str } from './json.ts'
import type { RuleId } from './rules.ts'

export interface FieldSource {
  path: string
  rules: string[]
}

export interface Provenance {
  resourceType: string
  id?: string
  versionId?: string
  lastUpdated?: string
  fields: Record<string, FieldSource>
  dropped: Array<{ path: string; reason: string }>
  /** Nested paths read to choose or check something without becoming a field (e.g. a component's code). */
  read?: string[]
}

/** A problem met while mapping; collected by callers that pass a sink. */
export interface MapWarning {
  ref: string
  message: string
}

/** Top-level keys that never feed a model and are not worth a "dropped" line. */
export const BOOKKEEPING = new Set(['resourceType', 'id', 'meta', 'subject', 'patient', 'identifier'])

export interface ProvenanceBuilder {
  /** Records that `name` came from `path`; rules may be added later with `rule`. */
  from(name: string, path: string, ...rules: RuleId[]): void
  rule(name: string, rule: RuleId): void
  drop(path: string, reason: string): void
  /** Marks a path as read even though no model field holds it; its top-level key is then never "dropped". */
  read(path: string): void
  /** Takes back a field recorded by a shared reader when the model ended up without it. */
  forget(name: string): void
  /** The source path recorded for `name`, if any. */
  pathOf(name: string): string | undefined
  build(): Provenance
}

export function provenanceOf(resource: unknown): ProvenanceBuilder {
  const fields: Record<string, FieldSource> = {}
  const dropped: Provenance['dropped'] = []
  const read = new Set<string>()
  const readPaths: string[] = []
  const meta = field(resource, 'meta')
  return {
    from(name, path, ...rules) {
      fields[name] = { path, rules: [...new Set(rules)] }
      read.add(topKey(path))
    },
    rule(name, rule) {
      const f = fields[name]
      if (f && !f.rules.includes(rule)) f.rules.push(rule)
    },
    drop(path, reason) {
      dropped.push({ path, reason })
      read.add(topKey(path))
    },
    read(path) {
      read.add(topKey(path))
      if (path !== topKey(path) && !readPaths.includes(path)) readPaths.push(path)
    },
    forget(name) {
      delete fields[name]
    },
    pathOf(name) {
      return fields[name]?.path
    },
    build() {
      for (const key of isRecord(resource) ? Object.keys(resource) : []) {
        if (read.has(key) || BOOKKEEPING.has(key)) continue
        dropped.push({ path: key, reason: key === 'text' ? 'narrative not rendered' : 'not used by the model' })
      }
      return {
        resourceType: str(field(resource, 'resourceType')) ?? 'Unknown',
        id: str(field(resource, 'id')),
        versionId: str(field(meta, 'versionId')),
        lastUpdated: str(field(meta, 'lastUpdated')),
        fields,
        dropped,
        ...(readPaths.length > 0 && { read: readPaths }),
      }
    },
  }
}

function topKey(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path
}

export function warn(sink: MapWarning[] | undefined, resource: unknown, message: string): void {
  sink?.push({ ref: refOf(resource), message })
}

/**
 * Runs a mapper so that a bug in it surfaces as a warning and a null model, never as a crash of
 * the whole chart. The property tests assert this path is never taken.
 */
export function guarded<T>(resource: unknown, sink: MapWarning[] | undefined, map: () => T | null): T | null {
  try {
    return map()
  } catch (e) {
    warn(sink, resource, `internal mapper error: ${e instanceof Error ? e.message : String(e)}`)
    return null
  }
}
