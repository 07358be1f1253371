// Provenance paths (`code.coding[1]`, `dosageInstruction[].text`, `Medication/abc.code`) read back
// against the source JSON, so the normalize report can show the raw value behind each field and
// list, below the top level, every part of the input that no field read.
import { field, isRecord, list } from './json.ts'
import { BOOKKEEPING, type Provenance } from './provenance.ts'

/** A key, an array index, or `[]` (every element). */
type Segment = string | number | null

export function segments(path: string): Segment[] {
  const out: Segment[] = []
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d*)\]/g)) {
    if (m[1] !== undefined) out.push(m[1])
    else out.push(m[2] ? Number(m[2]) : null)
  }
  return out
}

/**
 * Splits a path that starts with a reference to another resource (`Medication/abc.code`).
 * Ids may contain dots, so the split is the first one the resolver knows.
 */
export function splitExternal(path: string, known: (ref: string) => boolean): { ref: string; rest: string } | undefined {
  if (!/^[A-Z][A-Za-z]+\//.test(path)) return undefined
  for (let i = path.indexOf('.'); i >= 0; i = path.indexOf('.', i + 1)) {
    if (known(path.slice(0, i))) return { ref: path.slice(0, i), rest: path.slice(i + 1) }
  }
  return known(path) ? { ref: path, rest: '' } : undefined
}

function walk(v: unknown, segs: Segment[]): unknown {
  if (!segs.length) return v
  const [head, ...rest] = segs
  if (head === null) return list(v).map((x) => walk(x, rest))
  if (typeof head === 'number') return walk(list(v)[head], rest)
  return walk(field(v, head as string), rest)
}

/** The raw JSON at a provenance path; `[]` yields one value per element. */
export function valueAt(resource: unknown, path: string, resolve: (ref: string) => unknown = () => undefined): unknown {
  const external = splitExternal(path, (ref) => resolve(ref) !== undefined)
  if (external) return walk(resolve(external.ref), segments(external.rest))
  return walk(resource, segments(path))
}

/** True when `outer` is `inner` or one of its ancestors; `[]` matches any index on either side. */
export function covers(outer: string, inner: string): boolean {
  const a = segments(outer)
  const b = segments(inner)
  if (a.length > b.length) return false
  return a.every((s, i) => s === b[i] || (s === null && typeof b[i] !== 'string') || (b[i] === null && typeof s === 'number'))
}

function reasonFor(segs: Segment[], parent: unknown): string {
  const last = segs[segs.length - 1]
  const parentKey = segs[segs.length - 2]
  if (typeof last === 'number') {
    if (parentKey === 'coding') return 'another coding was chosen'
    if (parentKey === 'extension' || parentKey === 'modifierExtension') return 'extension not used'
    return `another ${String(parentKey)} entry was used`
  }
  if (last === 'extension' || last === 'modifierExtension') return 'extension not used'
  if (typeof last === 'string' && last.startsWith('_')) return 'primitive extension not used'
  if (last === 'text' && field(parent, 'coding') !== undefined) return 'concept text not used; a coding was'
  if (last === 'coding' && field(parent, 'text') !== undefined) return 'codings not used; the concept text was'
  return 'not read by the model'
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`
}

/**
 * Input parts below the top level that reach no field: a key or element is listed when a sibling
 * was read but it was not. Top-level keys are already judged by provenance; parts it dropped, and
 * parts below one it dropped, are not repeated.
 */
export function nestedDrops(resource: unknown, p: Provenance, known: (ref: string) => boolean = () => false): Provenance['dropped'] {
  const used = [...Object.values(p.fields).map((f) => f.path), ...(p.read ?? [])].filter((u) => !splitExternal(u, known))
  const dropped = p.dropped.map((d) => d.path)
  const out: Provenance['dropped'] = []
  const visit = (path: string, value: unknown, parent: unknown) => {
    if (dropped.some((d) => covers(d, path))) return
    if (used.some((u) => covers(u, path))) return
    if (!used.some((u) => covers(path, u))) {
      out.push({ path, reason: reasonFor(segments(path), parent) })
      return
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(join(path, i), v, value))
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(join(path, k), v, value)
  }
  if (!isRecord(resource)) return out
  for (const [key, value] of Object.entries(resource)) {
    if (BOOKKEEPING.has(key) || dropped.includes(key)) continue
    // A key read as a whole (or only to choose something) has nothing unused to list below it.
    if (!used.some((u) => covers(key, u) && u !== key)) continue
    if (Array.isArray(value)) value.forEach((v, i) => visit(join(key, i), v, value))
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(join(key, k), v, value)
  }
  return out
}
