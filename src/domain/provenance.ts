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
  /**
   * The same Provenance as `build`, assembled on first call and kept. Mapping thousands of readings
   * only records what happened; only the drawer and the CLI report ever read the result. The first
   * call sees every call made on the builder before it.
   */
  settled(): Provenance
}

// The recorded calls, four slots each (op, then up to three arguments) in one flat array, so
// recording costs a few pushes and no object per call. A `from` keeps its rules as nothing, the one
// rule, or the list: most fields have none or one, and every model keeps its recording.
type Op = 'from' | 'rule' | 'drop' | 'read' | 'forget'
type Ops = Array<Op | string | readonly RuleId[] | undefined>
const STRIDE = 4

function rulesOf(recorded: unknown): RuleId[] {
  if (recorded === undefined) return []
  if (typeof recorded === 'string') return [recorded as RuleId]
  return [...new Set(recorded as RuleId[])]
}

// Resources of one kind from one server have the same top-level keys, in the same order: models
// share one list of them instead of keeping a copy each.
let lastKeys: string[] = []
function sharedKeys(keys: string[]): string[] {
  if (keys.length !== lastKeys.length) return (lastKeys = keys)
  for (let i = 0; i < keys.length; i++) if (keys[i] !== lastKeys[i]) return (lastKeys = keys)
  return lastKeys
}

interface Header {
  resourceType: string
  id?: string
  versionId?: string
  lastUpdated?: string
  /** The resource's top-level keys, so the raw resource need not be kept until the build. */
  keys: string[]
}

function headerOf(resource: unknown): Header {
  const meta = field(resource, 'meta')
  return {
    resourceType: str(field(resource, 'resourceType')) ?? 'Unknown',
    id: str(field(resource, 'id')),
    versionId: str(field(meta, 'versionId')),
    lastUpdated: str(field(meta, 'lastUpdated')),
    keys: isRecord(resource) ? sharedKeys(Object.keys(resource)) : [],
  }
}

function fieldsOf(ops: Ops): Record<string, FieldSource> {
  const fields: Record<string, FieldSource> = {}
  for (let i = 0; i < ops.length; i += STRIDE) {
    const name = ops[i + 1] as string
    if (ops[i] === 'from') fields[name] = { path: ops[i + 2] as string, rules: rulesOf(ops[i + 3]) }
    else if (ops[i] === 'rule') {
      const f = fields[name]
      const rule = ops[i + 2] as RuleId
      if (f && !f.rules.includes(rule)) f.rules.push(rule)
    } else if (ops[i] === 'forget') delete fields[name]
  }
  return fields
}

function assemble(head: Header, ops: Ops): Provenance {
  const dropped: Provenance['dropped'] = []
  const read = new Set<string>()
  const readPaths: string[] = []
  for (let i = 0; i < ops.length; i += STRIDE) {
    const op = ops[i]
    if (op === 'from') read.add(topKey(ops[i + 2] as string))
    else if (op === 'drop') {
      const path = ops[i + 1] as string
      dropped.push({ path, reason: ops[i + 2] as string })
      read.add(topKey(path))
    } else if (op === 'read') {
      const path = ops[i + 1] as string
      const top = topKey(path)
      read.add(top)
      if (path !== top && !readPaths.includes(path)) readPaths.push(path)
    }
  }
  for (const key of head.keys) {
    if (read.has(key) || BOOKKEEPING.has(key)) continue
    dropped.push({ path: key, reason: key === 'text' ? 'narrative not rendered' : 'not used by the model' })
  }
  return {
    resourceType: head.resourceType,
    id: head.id,
    versionId: head.versionId,
    lastUpdated: head.lastUpdated,
    fields: fieldsOf(ops),
    dropped,
    ...(readPaths.length > 0 && { read: readPaths }),
  }
}

// A class, not an object of closures: one allocation per resource mapped instead of one per method.
class Recorder implements ProvenanceBuilder {
  private ops: Ops = []
  private readonly head: Header
  private built: Provenance | undefined

  constructor(resource: unknown) {
    this.head = headerOf(resource)
  }

  from(name: string, path: string, ...rules: RuleId[]): void {
    this.ops.push('from', name, path, rules.length === 0 ? undefined : rules.length === 1 ? rules[0] : rules)
  }

  rule(name: string, rule: RuleId): void {
    this.ops.push('rule', name, rule, undefined)
  }

  drop(path: string, reason: string): void {
    this.ops.push('drop', path, reason, undefined)
  }

  read(path: string): void {
    this.ops.push('read', path, undefined, undefined)
  }

  forget(name: string): void {
    this.ops.push('forget', name, undefined, undefined)
  }

  pathOf(name: string): string | undefined {
    return fieldsOf(this.ops)[name]?.path
  }

  build(): Provenance {
    return assemble(this.head, this.ops)
  }

  /** Drops the spare room the recording grew into: the model keeps the recording for good. */
  compact(): void {
    this.ops = this.ops.slice()
  }

  settled(): Provenance {
    return (this.built ??= assemble(this.head, this.ops))
  }
}

/**
 * `at(i)` is the path `make(i)`, one string per index for all models: every model keeps its paths,
 * and thousands of readings name the same few (`code.coding[2]`).
 */
export function indexedPaths(make: (i: number) => string): (i: number) => string {
  const made: string[] = []
  return (i) => (made[i] ??= make(i))
}

export function provenanceOf(resource: unknown): ProvenanceBuilder {
  return new Recorder(resource)
}

// The builder sits in a hidden slot of the model and one getter serves every model. A getter of
// its own per model (a closure) gave each model a hidden class of its own: V8 then keeps it as a
// slow dictionary, for every later read of every field too.
const BUILDER = Symbol('provenance builder')
function readProvenance(this: { [BUILDER]: ProvenanceBuilder }): Provenance {
  return this[BUILDER].settled()
}
const PROVENANCE: PropertyDescriptor = { get: readProvenance, enumerable: true, configurable: true }

/** The model with `provenance` as a property that is assembled on first read (see `settled`). */
export function withProvenance<M extends { provenance: Provenance }>(model: Omit<M, 'provenance'> | Record<string, unknown>, prov: ProvenanceBuilder): M {
  if (prov instanceof Recorder) prov.compact()
  Object.defineProperty(model, BUILDER, { value: prov })
  return Object.defineProperty(model, 'provenance', PROVENANCE) as M
}

function topKey(path: string): string {
  const end = path.search(/[.[]/)
  return end < 0 ? path : path.slice(0, end)
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
