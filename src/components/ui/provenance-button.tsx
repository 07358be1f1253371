// The small ⓘ control next to a shown value; it opens the drawer that says what the value means and where it came from.
import type { Provenance } from '../../domain/provenance.ts'
import type { About } from '../../features/explain/about.ts'
import { useProvenance } from '../../features/provenance/provenance-context.tsx'
import { useI18n } from '../../i18n/i18n.tsx'

interface Props {
  /** What the value is, e.g. "Potassium 6.4 mmol/L, Mar 3, 2025". */
  label: string
  provenance: Provenance
  field?: string
  /** The model behind the value, so the drawer can explain it; without it the drawer says it cannot. */
  about?: About
}

export function ProvenanceButton({ label, provenance, field, about }: Props) {
  const { t } = useI18n()
  const { open } = useProvenance()
  const accessible = t('provenance.open', { what: label })
  return (
    <button
      type="button"
      aria-label={accessible}
      title={accessible}
      onClick={() => open({ label, provenance, ...(field !== undefined && { field }), ...(about && { about }) })}
      className="ml-1 inline-flex h-6 min-w-6 items-center justify-center rounded-full border border-slate-400 px-1 align-middle text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 print:hidden dark:border-slate-500 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {/* Drawn, not a glyph: the ⓘ character is missing from common system fonts. */}
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5">
        <circle cx="8" cy="8" r="6.5" />
        <path d="M8 7v4.5M8 4.5v.5" strokeLinecap="round" />
      </svg>
    </button>
  )
}
