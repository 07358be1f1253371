import { createContext, useContext } from 'react'
import type { UserMode } from '../launch/smart-session.ts'

/** Clinicians get dense tables that fit an 800 px EHR frame; patients and proxies get plain language. */
export type ViewMode = 'clinician' | 'patient'

export const viewModeFor = (mode: UserMode): ViewMode => (mode === 'clinician' ? 'clinician' : 'patient')

export const ViewModeContext = createContext<ViewMode>('patient')

export function useViewMode(): ViewMode {
  return useContext(ViewModeContext)
}
