import { createContext, useContext } from 'react'
import type { Provenance } from '../../domain/provenance.ts'
import type { About } from '../explain/about.ts'

export interface ProvenanceTarget {
  /** What the user clicked, e.g. "Potassium 6.4 mmol/L on Mar 3, 2025". */
  label: string
  provenance: Provenance
  /** The model field the value came from (`value`, `interpretation`, …), to highlight its source. */
  field?: string
  /** What the value is: the drawer explains it and says where it came from. */
  about?: About
}

export interface ProvenanceApi {
  open(target: ProvenanceTarget): void
}

export const ProvenanceContext = createContext<ProvenanceApi>({ open: () => undefined })

export function useProvenance(): ProvenanceApi {
  return useContext(ProvenanceContext)
}
