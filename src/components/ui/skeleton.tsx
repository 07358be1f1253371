import { useI18n } from '../../i18n/i18n.tsx'

/**
 * Placeholder lines as tall as a line of body text (1.5rem each, the pulse inside), so content that
 * replaces it takes about the same room. `announce` is off for all but one of several skeletons
 * shown together, so a screen reader hears "Loading" once.
 */
export function Skeleton({ lines = 3, announce = true }: { lines?: number; announce?: boolean }) {
  const { t } = useI18n()
  const bars = Array.from({ length: lines }, (_, i) => (
    <div key={i} aria-hidden="true" className="flex h-6 items-center">
      <div className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-700" style={{ width: `${90 - (i % 4) * 15}%` }} />
    </div>
  ))
  if (!announce) return <div aria-hidden="true">{bars}</div>
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{t('state.loading')}</span>
      {bars}
    </div>
  )
}
