// Minimal FHIR XML writer. Epic answers XML whenever the client did not ask for JSON, so a
// client that forgets its Accept header must see XML, not silently get JSON.

const FHIR_NS = 'http://hl7.org/fhir'

function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`)
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

function isResource(v: Json): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.resourceType === 'string'
}

function element(name: string, value: Json, primitiveExt?: Json): string {
  if (value === null) return ''
  if (typeof value !== 'object') {
    const hasExt = primitiveExt && typeof primitiveExt === 'object' && !Array.isArray(primitiveExt)
    const ext = hasExt ? children(primitiveExt) : ''
    const attr = `value="${escapeAttr(String(value))}"`
    return ext ? `<${name} ${attr}>${ext}</${name}>` : `<${name} ${attr}/>`
  }
  if (Array.isArray(value)) {
    const exts = Array.isArray(primitiveExt) ? primitiveExt : []
    return value.map((v, i) => element(name, v, exts[i])).join('')
  }
  // Contained and entry resources nest one level deeper under their type name.
  if (isResource(value)) return `<${name}>${resource(value)}</${name}>`
  // FHIR XML puts an extension's `url` and any element `id` in attributes.
  const attrNames = name === 'extension' || name === 'modifierExtension' ? ['url', 'id'] : ['id']
  const attrs = attrNames
    .filter((a) => typeof value[a] === 'string')
    .map((a) => ` ${a}="${escapeAttr(value[a] as string)}"`)
    .join('')
  const inner = children(value, attrNames)
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`
}

function children(obj: { [k: string]: Json }, skip: string[] = []): string {
  let out = ''
  for (const [k, v] of Object.entries(obj)) {
    // JSON.stringify drops undefined members; so must we.
    if (skip.includes(k) || k === 'resourceType' || v === undefined) continue
    if (k.startsWith('_')) {
      // `_x` without `x` still needs an element to carry its extensions.
      if (!(k.slice(1) in obj) && v && typeof v === 'object' && !Array.isArray(v)) {
        out += `<${k.slice(1)}>${children(v)}</${k.slice(1)}>`
      }
      continue
    }
    out += element(k, v, obj['_' + k])
  }
  return out
}

function resource(r: { [k: string]: Json }): string {
  const id = typeof r.id === 'string' ? `<id value="${escapeAttr(r.id)}"/>` : ''
  return `<${r.resourceType} xmlns="${FHIR_NS}">${id}${children(r, ['id'])}</${r.resourceType}>`
}

/** Renders a FHIR JSON resource as FHIR XML. */
export function toFhirXml(body: object, prolog = true): string {
  const xml = resource(body as { [k: string]: Json })
  return prolog ? `<?xml version="1.0" encoding="utf-8"?>\n${xml}` : xml
}
