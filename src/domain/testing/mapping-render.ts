// How the mapping specification prints one resource and its model: one line per model field with its
// value, the FHIR path it came from and the rules applied, then what was dropped or only read, and the
// warnings. Shared by the vendor spec and the edge cases.
import type { FhirResource } from 'fhir/r4'
import type { MapWarning, Provenance } from '../provenance.ts'

// Fixed, so ages, ended periods and the future-date check read the same on every run.
export const SPEC_TODAY = new Date('2026-11-25T12:00:00Z')

const json = (v: unknown) => JSON.stringify(v)

export function render(resource: FhirResource, type: string, model: ({ provenance: Provenance } & object) | null, warnings: MapWarning[]): string {
  const lines = [`## ${resource.resourceType}/${resource.id ?? '?'} → ${model ? type : 'no model'}`]
  if (model) {
    const { provenance, ...fields } = model
    for (const [name, value] of Object.entries(fields)) {
      const src = provenance.fields[name]
      const from = src ? ` ← ${src.path}${src.rules.length ? ` [${src.rules.join(', ')}]` : ''}` : ''
      lines.push(`  ${name} = ${json(value)}${from}`)
    }
    // Provenance for a value the model does not hold: a flag read as "none", a code read as text.
    for (const [name, src] of Object.entries(provenance.fields)) {
      if (!(name in fields)) lines.push(`  (no value) ${name} ← ${src.path} [${src.rules.join(', ')}]`)
    }
    const head = [provenance.resourceType, provenance.id, provenance.versionId, provenance.lastUpdated]
    lines.push(`  source: ${head.map((h) => h ?? '-').join(' | ')}`)
    for (const d of provenance.dropped) lines.push(`  dropped ${d.path}: ${d.reason}`)
    if (provenance.read) lines.push(`  read: ${provenance.read.join(', ')}`)
  }
  for (const w of warnings) lines.push(`  warning ${w.ref}: ${w.message}`)
  return lines.join('\n')
}
