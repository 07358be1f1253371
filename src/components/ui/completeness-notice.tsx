import { incompleteOf, type Completeness, type Incomplete as IncompleteInfo } from '../../fhir/completeness.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { Lock, TriangleAlert } from 'lucide-react'
import { Glyph } from './glyph.tsx'

/**
 * Says why a list has nothing to show. "Not shared" and "nothing recorded" must never look alike.
 * Renders nothing when the list has items (see IncompleteNotice for a list cut short).
 */
export function CompletenessNotice({ completeness, emptyText }: { completeness: Completeness; emptyText?: string }) {
  const { t } = useI18n()
  switch (completeness.state) {
    case 'shown':
      return null
    case 'empty':
      return (
        <>
          <p className="text-slate-700 dark:text-slate-300" data-state="empty">
            {emptyText ?? t('state.empty')}
          </p>
          {completeness.withheld && <WithheldNote />}
          {completeness.incomplete && <IncompleteNotice incomplete={completeness.incomplete} />}
        </>
      )
    case 'not-shared':
      return (
        <p className="text-slate-700 dark:text-slate-300" data-state="not-shared">
          <Glyph icon={Lock} className="mr-1" />
          {t('state.notShared')}
        </p>
      )
  }
}

/** The one plain caveat for servers that withhold some kinds of records from apps. */
export function WithheldNote() {
  const { t } = useI18n()
  return (
    <p className="mt-1 text-[0.875em] text-slate-700 dark:text-slate-300" data-state="withheld">
      {t('incomplete.withheld')}
    </p>
  )
}

const REASON: Record<IncompleteInfo['reason'], MessageKey> = {
  'page-error': 'incomplete.page-error',
  'foreign-next': 'incomplete.foreign-next',
  loop: 'incomplete.loop',
  'max-pages': 'incomplete.limit',
  'max-entries': 'incomplete.limit',
}

/** A list that stops short of the server's last page, on every screen that shows it. */
export function IncompleteNotice({ incomplete, onRetry, retrying }: { incomplete: IncompleteInfo; onRetry?: () => void; retrying?: boolean }) {
  const { t } = useI18n()
  return (
    <div role="status" data-state="incomplete" data-reason={incomplete.reason} className="mt-1 mb-2 rounded border-l-4 border-amber-700 py-1 pl-3 text-[0.875em] dark:border-amber-400">
      <p>
        <Glyph icon={TriangleAlert} className="mr-1" />
        {t('incomplete.title')} {t(REASON[incomplete.reason])} {t(incomplete.newestFirst ? 'incomplete.olderMissing' : 'incomplete.anyMissing')}
      </p>
      {onRetry && (
        <button type="button" className="btn mt-1 print:hidden" onClick={onRetry} disabled={retrying}>
          {t('action.retry')}
        </button>
      )}
    </div>
  )
}

/** The incomplete notice for a list, when it is cut short; nothing otherwise. */
export function Incomplete({ completeness, onRetry, retrying }: { completeness: Completeness | undefined; onRetry?: () => void; retrying?: boolean }) {
  const incomplete = incompleteOf(completeness)
  return incomplete ? <IncompleteNotice incomplete={incomplete} onRetry={onRetry} retrying={retrying} /> : null
}
