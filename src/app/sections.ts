import type { MessageKey } from '../i18n/catalog.ts'

export const SECTIONS = ['summary', 'labs', 'vitals', 'medications', 'allergies', 'sources'] as const
export type Section = (typeof SECTIONS)[number]

export const SECTION_LABEL: Record<Section, MessageKey> = {
  summary: 'nav.summary',
  labs: 'nav.labs',
  vitals: 'nav.vitals',
  medications: 'nav.medications',
  allergies: 'nav.allergies',
  sources: 'nav.sources',
}

export function sectionFromHash(hash: string): Section {
  const s = hash.replace(/^#/, '')
  return (SECTIONS as readonly string[]).includes(s) ? (s as Section) : 'summary'
}
