import type { Completeness } from '../../fhir/completeness.ts'
import { useI18n } from '../../i18n/i18n.tsx'

/**
 * Says why a list has nothing to show. "Not shared" and "nothing recorded" must never look alike.
 * Renders nothing when the list has items.
 */
export function CompletenessNotice({ completeness, onRetry, emptyText }: { completeness: Completeness; onRetry?: () => void; emptyText?: string }) {
  const { t } = useI18n()
  switch (completeness.state) {
    case 'shown':
      return null
    case 'empty':
      return <p className="text-slate-700 dark:text-slate-300">{emptyText ?? t('state.empty')}</p>
    case 'not-shared':
      return (
        <p className="text-slate-700 dark:text-slate-300" data-state="not-shared">
          <span aria-hidden="true">🔒 </span>
          {t('state.notShared')}
        </p>
      )
    case 'not-supported':
      return <p className="text-slate-700 dark:text-slate-300">{t('state.notSupported')}</p>
    case 'failed':
      return (
        <div role="alert" className="text-red-800 dark:text-red-300">
          <p>{t('state.failed', { message: completeness.message })}</p>
          {onRetry && (
            <button type="button" className="btn mt-2" onClick={onRetry}>
              {t('action.retry')}
            </button>
          )}
        </div>
      )
  }
}
