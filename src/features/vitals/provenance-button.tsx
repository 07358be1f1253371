import { ProvenanceButton as Base } from '../../components/ui/provenance-button.tsx'
import type { VitalSign } from '../../domain/observation.ts'

/** A reading's provenance: blood pressure points at its systolic component, others at the value. */
export function ProvenanceButton({ reading, label }: { reading: VitalSign; label: string }) {
  return <Base label={label} provenance={reading.provenance} field={reading.kind === 'blood-pressure' ? 'systolic' : 'value'} about={{ kind: 'vital', reading }} />
}
