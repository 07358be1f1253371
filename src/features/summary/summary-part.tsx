// One part of the summary: a heading, a link to the full section, and its own error boundary and
// loading/failed states, so one part failing never blanks the others.
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorBoundary } from '../../components/ui/error-boundary.tsx'
import { QueryView, type What } from '../../components/ui/failure-notice.tsx'
import { useI18n } from '../../i18n/i18n.tsx'

export function SummaryPart({ id, title, link, linkText, children, wide }: { id: string; title: string; link: string; linkText: string; children: ReactNode; wide?: boolean }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby={`${id}-title`} data-part={id} className={`min-w-0 break-inside-avoid ${wide ? 'md:col-span-2 print:col-span-2' : ''}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-300 pb-1 dark:border-slate-600">
        <h3 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h3>
        <a href={link} className="text-[0.875em] text-blue-800 underline print:hidden dark:text-blue-300">
          {linkText}
        </a>
      </div>
      <ErrorBoundary
        fallback={(error, reset) => (
          <div role="alert" className="mt-1 text-red-800 dark:text-red-300">
            <p>{t('state.failed', { message: error.message })}</p>
            <button type="button" className="btn mt-1 print:hidden" onClick={reset}>
              {t('action.retry')}
            </button>
          </div>
        )}
      >
        <div className="mt-1">{children}</div>
      </ErrorBoundary>
    </section>
  )
}

/** Loading and request failure for one part; `children` renders the loaded (or last good) data. */
export function QueryGate<T>({ query, what, children }: { query: UseQueryResult<T>; what: What; children: (data: T) => ReactNode }) {
  return (
    <QueryView query={query} what={what} lines={2}>
      {children}
    </QueryView>
  )
}
