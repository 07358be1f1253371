import { createContext, useContext } from 'react'
import type { Provenance } from '../../domain/provenance.ts'

export interface ProvenanceTarget {
  /** What the user clicked, e.g. "Potassium 6.4 mmol/L on Mar 3, 2025". */
  label: string
  provenance: Provenance
  /** The model field the value came from (`value`, `interpretation`, …), to highlight its source. */
  field?: string
}

export interface ProvenanceApi {
  open(target: ProvenanceTarget): void
}

export const ProvenanceContext = createContext<ProvenanceApi>({ open: () => undefined })

export function useProvenance(): ProvenanceApi {
  return useContext(ProvenanceContext)
}
