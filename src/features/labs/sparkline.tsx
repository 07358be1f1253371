// The shape of a test's history at a glance, in the clinician row. Decorative only: every number
// it draws is in the trend's table, so it is hidden from assistive technology.
import { isUsable, type LabGroup } from './lab-groups.ts'
import { unitOf } from './lab-change.ts'

/**
 * Exact values in the latest result's unit, oldest first. Retracted results, limits ("<5") and
 * other units are left out rather than converted: the line must not imply a precision it lacks.
 */
export function sparkValues(g: Pick<LabGroup, 'results' | 'latest'>): number[] {
  const latest = g.latest?.value
  if (latest?.kind !== 'quantity') return []
  const unit = unitOf(latest)
  return g.results
    .flatMap((r) => (isUsable(r) && r.value.kind === 'quantity' && !r.value.comparator && unitOf(r.value) === unit ? [r.value.value] : []))
    .reverse()
}

const W = 64
const H = 16
const PAD = 2

export function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null
  const min = Math.min(...values)
  const max = Math.max(...values)
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (values.length - 1)
  // A flat history sits in the middle instead of dividing by zero.
  const y = (v: number) => (max === min ? H / 2 : PAD + ((max - v) * (H - 2 * PAD)) / (max - min))
  const last = values.length - 1
  return (
    <svg aria-hidden="true" focusable="false" width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="mt-1 block text-slate-600 dark:text-slate-400">
      <polyline
        points={values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.25}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={x(last)} cy={y(values[last] ?? 0)} r={2} fill="currentColor" />
    </svg>
  )
}
