// A hand-drawn responsive line chart. It is drawn at the container's real pixel width (so markers
// stay round), downsampled to that width, and announced as one image whose label summarises it;
// the card around it offers the full table. Series differ by dash and marker shape, not only colour.
// A dense range arrives as buckets: a shaded band from each bucket's lowest to highest reading, and
// the median as the line.
import type { Bucket } from './aggregate.ts'
import { downsample, niceTicks, type Extent } from './downsample.ts'
import { useElementSize } from './use-element-size.ts'
import type { Point } from './vital-series.ts'

export interface DrawnSeries {
  key: string
  label: string
  points: Point[]
  /** Set when the range is drawn aggregated; `points` then only feed the summary. */
  buckets?: Bucket[]
}

interface Style {
  line: string
  fill: string
  dash?: string
  marker: 'circle' | 'square'
}

const STYLES: Style[] = [
  { line: 'stroke-blue-700 dark:stroke-sky-300', fill: 'fill-blue-700 dark:fill-sky-300', marker: 'circle' },
  { line: 'stroke-amber-700 dark:stroke-amber-300', fill: 'fill-amber-700 dark:fill-amber-300', dash: '6 4', marker: 'square' },
]

/** Above this many drawn points, markers would blur into the line: only the newest gets one. */
const MARKER_LIMIT = 60
const PAD = { left: 44, right: 10, top: 20, bottom: 22 }

function Marker({ x, y, style }: { x: number; y: number; style: Style }) {
  return style.marker === 'circle' ? (
    <circle cx={x} cy={y} r={3.5} className={style.fill} />
  ) : (
    <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className={style.fill} />
  )
}

export function LegendKey({ index }: { index: number }) {
  const style = STYLES[index % STYLES.length]
  return (
    <svg width={28} height={10} aria-hidden="true" className="inline-block align-middle">
      <line x1={0} x2={28} y1={5} y2={5} strokeWidth={2} strokeDasharray={style.dash} className={style.line} />
      <Marker x={14} y={5} style={style} />
    </svg>
  )
}

interface Props {
  series: DrawnSeries[]
  unitLabel: string
  summary: string
  height: number
  /** First and last dates, already formatted for the locale. */
  from: string
  to: string
  formatTick: (v: number) => string
  /** The values the axis must show, at least the data's own extent. */
  domain: Extent
}

/** Split where a day or week has no readings, so the band does not pretend to cover the gap. */
function runs(buckets: readonly Bucket[]): Bucket[][] {
  const out: Bucket[][] = []
  for (const b of buckets) {
    const last = out[out.length - 1]
    if (last && last[last.length - 1].end === b.start) last.push(b)
    else out.push([b])
  }
  return out
}

export function TrendChart({ series, unitLabel, summary, height, from, to, formatTick, domain }: Props) {
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 600, height })
  const width = Math.max(200, size.width)
  const plotW = width - PAD.left - PAD.right
  const plotH = height - PAD.top - PAD.bottom
  const times = series.flatMap((s) => (s.buckets ?? s.points).map((p) => p.t))
  const t0 = Math.min(...times)
  const t1 = Math.max(...times)
  const ticks = niceTicks(domain.min, domain.max, height < 160 ? 3 : 4)
  const lo = ticks[0] ?? 0
  const hi = ticks.length > 1 ? ticks[ticks.length - 1] : lo + 1
  const x = (t: number) => PAD.left + (t1 === t0 ? plotW / 2 : ((t - t0) / (t1 - t0)) * plotW)
  const y = (v: number) => PAD.top + plotH - ((v - (ticks.length > 1 ? lo : lo - 0.5)) / (hi - lo || 1)) * plotH

  return (
    <div ref={ref} className="w-full">
      <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="block max-w-full">
        <text x={4} y={11} className="fill-slate-700 text-[10px] dark:fill-slate-300">
          {unitLabel}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200 dark:stroke-slate-700" />
            <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" className="fill-slate-700 text-[10px] dark:fill-slate-300">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {series.map((s, i) => {
          const style = STYLES[i % STYLES.length]
          if (s.buckets) {
            const bands = runs(s.buckets).map((run) =>
              run.length === 1
                ? `M${x(run[0].t).toFixed(1)},${y(run[0].max).toFixed(1)}V${y(run[0].min).toFixed(1)}`
                : [...run.map((b) => [b.t, b.max]), ...[...run].reverse().map((b) => [b.t, b.min])]
                    .map(([t, v], j) => `${j ? 'L' : 'M'}${x(t).toFixed(1)},${y(v).toFixed(1)}`)
                    .join('') + 'Z',
            )
            const median = s.buckets.map((b, j) => `${j ? 'L' : 'M'}${x(b.t).toFixed(1)},${y(b.median).toFixed(1)}`).join('')
            return (
              <g key={s.key} data-series={s.key} data-drawn={s.buckets.length}>
                <path d={bands.join('')} fillOpacity={0.25} strokeOpacity={0.5} strokeWidth={1} className={`${style.fill} ${style.line}`} />
                <path d={median} fill="none" strokeWidth={1.5} strokeDasharray={style.dash} strokeLinejoin="round" className={style.line} />
              </g>
            )
          }
          const drawn = downsample(s.points, plotW)
          const d = drawn.map((p, j) => `${j ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join('')
          const marked = drawn.length <= MARKER_LIMIT ? drawn : drawn.slice(-1)
          return (
            <g key={s.key} data-series={s.key} data-drawn={drawn.length}>
              <path d={d} fill="none" strokeWidth={1.5} strokeDasharray={style.dash} strokeLinejoin="round" className={style.line} />
              {marked.map((p) => (
                <Marker key={p.t} x={x(p.t)} y={y(p.v)} style={style} />
              ))}
            </g>
          )
        })}
        <text x={PAD.left} y={height - 6} className="fill-slate-700 text-[10px] dark:fill-slate-300">
          {from}
        </text>
        <text x={width - PAD.right} y={height - 6} textAnchor="end" className="fill-slate-700 text-[10px] dark:fill-slate-300">
          {to}
        </text>
      </svg>
    </div>
  )
}
