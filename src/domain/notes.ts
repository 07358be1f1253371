// `note` (Annotation[]) as the texts a reader sees: labs and allergies carry comments such as
// "Called to provider." that belong beside the value, not only in the raw record.
import { field, list, str } from './json.ts'
import type { ProvenanceBuilder } from './provenance.ts'

/** The text of each note that has some, in the source's order; a note with only an author or a time says nothing to show. */
export function notesOf(resource: unknown, prov: ProvenanceBuilder): string[] {
  const notes = list(field(resource, 'note'))
    .map((n) => str(field(n, 'text'))?.trim())
    .filter((t): t is string => !!t)
  if (notes.length) prov.from('notes', 'note')
  return notes
}
