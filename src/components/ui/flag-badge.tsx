import type { Flag } from '../../domain/interpretation.ts'
import { useI18n } from '../../i18n/i18n.tsx'

const STYLE: Record<Flag, { icon: string; className: string }> = {
  HH: { icon: '⬆⬆', className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  H: { icon: '⬆', className: 'bg-amber-100 text-amber-900 border-amber-700 dark:bg-amber-950 dark:text-amber-200' },
  LL: { icon: '⬇⬇', className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  L: { icon: '⬇', className: 'bg-sky-100 text-sky-900 border-sky-700 dark:bg-sky-950 dark:text-sky-200' },
  AA: { icon: '!!', className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  A: { icon: '!', className: 'bg-amber-100 text-amber-900 border-amber-700 dark:bg-amber-950 dark:text-amber-200' },
  N: { icon: '✓', className: 'bg-emerald-50 text-emerald-900 border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200' },
}

/** Icon + words + colour: never colour alone. */
export function FlagBadge({ flag }: { flag: Flag | undefined }) {
  const { t } = useI18n()
  if (!flag) return null
  const s = STYLE[flag]
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-sm whitespace-nowrap ${s.className}`}>
      <span aria-hidden="true">{s.icon}</span>
      {t(`flag.${flag}`)}
    </span>
  )
}
