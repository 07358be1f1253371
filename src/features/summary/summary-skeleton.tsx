// The Summary before its data: the same grid, the same order, each block about as tall as the part it
// stands for (allergies across the top, then medications, vitals, labs), announced once as loading.
import { Skeleton } from '../../components/ui/skeleton.tsx'

const BLOCKS = [
  { lines: 3, wide: true },
  { lines: 5, wide: false },
  { lines: 6, wide: false },
  { lines: 4, wide: false },
]

export function SummarySkeleton() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {BLOCKS.map((b, i) => (
        <div key={i} className={`min-w-0 ${b.wide ? 'md:col-span-2' : ''}`}>
          <div aria-hidden="true" className="border-b border-slate-300 pb-1 dark:border-slate-600">
            <div className="my-1 h-4 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
          </div>
          <div className="mt-1">
            <Skeleton lines={b.lines} announce={i === 0} />
          </div>
        </div>
      ))}
    </div>
  )
}
