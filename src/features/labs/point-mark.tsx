// Chart markers. The flag is carried by the shape (circle, up/down triangle, diamond; a ring for
// critical) as well as the colour, so the chart still reads in greyscale or with colour blindness.
import { type Flag, isCritical } from '../../domain/interpretation.ts'
import { useI18n } from '../../i18n/i18n.tsx'

type Shape = 'normal' | 'high' | 'low' | 'abnormal'

const SHAPE: Record<Flag | 'none', Shape> = { none: 'normal', N: 'normal', H: 'high', HH: 'high', L: 'low', LL: 'low', A: 'abnormal', AA: 'abnormal' }

const COLOUR: Record<Flag | 'none', string> = {
  none: 'fill-blue-700 stroke-blue-700 dark:fill-blue-300 dark:stroke-blue-300',
  N: 'fill-blue-700 stroke-blue-700 dark:fill-blue-300 dark:stroke-blue-300',
  H: 'fill-amber-700 stroke-amber-700 dark:fill-amber-300 dark:stroke-amber-300',
  A: 'fill-amber-700 stroke-amber-700 dark:fill-amber-300 dark:stroke-amber-300',
  L: 'fill-sky-700 stroke-sky-700 dark:fill-sky-300 dark:stroke-sky-300',
  HH: 'fill-red-700 stroke-red-700 dark:fill-red-400 dark:stroke-red-400',
  LL: 'fill-red-700 stroke-red-700 dark:fill-red-400 dark:stroke-red-400',
  AA: 'fill-red-700 stroke-red-700 dark:fill-red-400 dark:stroke-red-400',
}

function path(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'high':
      return `M${x},${y - r * 1.2} L${x + r * 1.1},${y + r * 0.8} L${x - r * 1.1},${y + r * 0.8} Z`
    case 'low':
      return `M${x},${y + r * 1.2} L${x + r * 1.1},${y - r * 0.8} L${x - r * 1.1},${y - r * 0.8} Z`
    case 'abnormal':
      return `M${x},${y - r * 1.2} L${x + r * 1.2},${y} L${x},${y + r * 1.2} L${x - r * 1.2},${y} Z`
    case 'normal':
      return `M${x - r},${y} a${r},${r} 0 1,0 ${r * 2},0 a${r},${r} 0 1,0 ${-r * 2},0`
  }
}

export function PointMark({ flag, x, y, r = 4.5 }: { flag: Flag | undefined; x: number; y: number; r?: number }) {
  const key = flag ?? 'none'
  const size = isCritical(flag) ? r * 1.3 : r
  return (
    <g className={COLOUR[key]} data-flag={key}>
      {isCritical(flag) && <circle cx={x} cy={y} r={size * 1.9} fill="none" strokeWidth={1.5} />}
      <path d={path(SHAPE[key], x, y, size)} strokeWidth={1} />
    </g>
  )
}

const LEGEND: Array<Flag | 'none'> = ['none', 'H', 'HH', 'L', 'LL', 'A', 'AA']

/** Explains the markers actually present in the chart. */
export function PointLegend({ flags, band }: { flags: Array<Flag | undefined>; band: boolean }) {
  const { t } = useI18n()
  const present = new Set<Flag | 'none'>(flags.map((f) => (f === 'N' ? 'none' : (f ?? 'none'))))
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-[0.875em]" aria-label={t('labs.trend.legend')}>
      {LEGEND.filter((f) => present.has(f)).map((f) => (
        <li key={f} className="flex items-center gap-1">
          <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <PointMark flag={f === 'none' ? undefined : f} x={11} y={11} r={3.5} />
          </svg>
          {f === 'none' ? t('labs.trend.legendNormal') : t(`flag.${f}`)}
        </li>
      ))}
      {band && (
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-5 border border-emerald-700 bg-emerald-100 dark:border-emerald-400 dark:bg-emerald-900" />
          {t('labs.trend.legendBand')}
        </li>
      )}
    </ul>
  )
}
