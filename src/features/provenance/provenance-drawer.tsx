import type { SmartSession } from '../../launch/smart-session.ts'
import type { ProvenanceTarget } from './provenance-context.tsx'

export function ProvenanceDrawer({ target, onClose }: { session: SmartSession; target: ProvenanceTarget; onClose: () => void }) {
  return (
    <div role="dialog" aria-label={target.label}>
      <button type="button" onClick={onClose}>Close</button>
    </div>
  )
}
