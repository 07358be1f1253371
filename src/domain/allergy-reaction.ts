// Allergy reactions. Some sources put the manifestation's text in a SNOMED `code` ("Hives"), so a
// code that is not a code is read as text and never shown or matched as a SNOMED concept.
import { type CodeRef, codingsOf, conceptText, isCodeNotACode, pickCoding } from './coding.ts'
import { normalizeDateTime } from './datetime.ts'
import { field, list, str } from './json.ts'
import type { ProvenanceBuilder } from './provenance.ts'

export type Severity = 'mild' | 'moderate' | 'severe'

export interface Manifestation {
  text?: string
  code?: CodeRef
}

export interface Reaction {
  manifestations: Manifestation[]
  severity?: Severity
  description?: string
  onset?: string
}

const SEVERITIES: readonly Severity[] = ['mild', 'moderate', 'severe']

function manifestationOf(concept: unknown, path: string, name: string, prov: ProvenanceBuilder): Manifestation | undefined {
  const fake = codingsOf(concept).find(({ coding }) => isCodeNotACode(coding.system, coding.code))
  const picked = pickCoding(concept)
  const { text } = conceptText(concept, picked)
  if (fake) prov.from(name, `${path}.coding[${fake.index}]`, 'manifestation.text-in-code')
  if (text === undefined && !picked) return undefined
  return { ...(text !== undefined && { text }), ...(picked && { code: picked.coding }) }
}

export function reactionsOf(a: unknown, prov: ProvenanceBuilder): Reaction[] {
  if (list(field(a, 'reaction')).length) prov.from('reactions', 'reaction')
  return list(field(a, 'reaction')).flatMap((r, i) => {
    const manifestations = list(field(r, 'manifestation')).flatMap((m, j) => {
      const got = manifestationOf(m, `reaction[${i}].manifestation[${j}]`, `reactions[${i}].manifestations[${j}]`, prov)
      return got ? [got] : []
    })
    const severityText = str(field(r, 'severity'))?.trim().toLowerCase()
    const severity = SEVERITIES.find((s) => s === severityText)
    const description = str(field(r, 'description'))?.trim()
    const onset = normalizeDateTime(field(r, 'onset'))?.value
    if (!manifestations.length && description === undefined) {
      prov.drop(`reaction[${i}]`, 'reaction without manifestation or description')
      return []
    }
    return [{
      manifestations,
      ...(severity && { severity }),
      ...(description !== undefined && { description }),
      ...(onset !== undefined && { onset }),
    }]
  })
}
