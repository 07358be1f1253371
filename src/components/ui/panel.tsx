import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n.tsx'
import { ErrorBoundary } from './error-boundary.tsx'

/** A titled region with its own error boundary and retry. */
export function Panel({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby={`${id}-title`} className="panel mt-4 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      <ErrorBoundary
        fallback={(error, reset) => (
          <div role="alert" className="mt-2 text-red-800 dark:text-red-300">
            <p>{t('state.failed', { message: error.message })}</p>
            <button type="button" className="btn mt-2" onClick={reset}>
              {t('action.retry')}
            </button>
          </div>
        )}
      >
        <div className="mt-2">{children}</div>
      </ErrorBoundary>
    </section>
  )
}
