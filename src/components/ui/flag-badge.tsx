import type { Flag } from '../../domain/interpretation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ArrowDown, ArrowUp, Check, ChevronsDown, ChevronsUp, CircleAlert, OctagonAlert, type LucideIcon } from 'lucide-react'
import { Glyph } from './glyph.tsx'

const STYLE: Record<Flag, { icon: LucideIcon; className: string }> = {
  HH: { icon: ChevronsUp, className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  H: { icon: ArrowUp, className: 'bg-amber-100 text-amber-900 border-amber-700 dark:bg-amber-950 dark:text-amber-200' },
  LL: { icon: ChevronsDown, className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  L: { icon: ArrowDown, className: 'bg-sky-100 text-sky-900 border-sky-700 dark:bg-sky-950 dark:text-sky-200' },
  AA: { icon: OctagonAlert, className: 'bg-red-100 text-red-900 border-red-700 dark:bg-red-950 dark:text-red-200' },
  A: { icon: CircleAlert, className: 'bg-amber-100 text-amber-900 border-amber-700 dark:bg-amber-950 dark:text-amber-200' },
  N: { icon: Check, className: 'bg-emerald-50 text-emerald-900 border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200' },
}

/** Icon + words + colour: never colour alone. */
export function FlagBadge({ flag }: { flag: Flag | undefined }) {
  const { t } = useI18n()
  if (!flag) return null
  const s = STYLE[flag]
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-sm whitespace-nowrap ${s.className}`}>
      <Glyph icon={s.icon} />
      {t(`flag.${flag}`)}
    </span>
  )
}
