import { useI18n } from '../../i18n/i18n.tsx'

export function Skeleton({ lines = 3 }: { lines?: number }) {
  const { t } = useI18n()
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{t('state.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} aria-hidden="true" className="mb-2 h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-700" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  )
}
