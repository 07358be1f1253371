// The trend as a hand-drawn SVG line chart, drawn at the container's real width. It is an image
// for assistive technology (role="img" + a spoken summary); the table below carries every point.
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import { niceTicks, scale, timeDomain, timeTicks, valueDomain } from './chart-scale.ts'
import { formatNumber } from './lab-format.ts'
import { PointMark } from './point-mark.tsx'
import type { TrendSeries } from './trend-series.ts'
import { useElementWidth } from './use-element-width.ts'

const M = { left: 52, right: 18, top: 24, bottom: 34 }

export function TrendChart({ series, unitText, label }: { series: TrendSeries; unitText: string; label: string }) {
  const { number, date } = useI18n()
  const mode = useViewMode()
  const [ref, width] = useElementWidth<HTMLDivElement>(640)
  const height = mode === 'patient' ? 260 : 210
  const points = series.plotted
  const innerW = Math.max(10, width - M.left - M.right)
  const { ticks, domain: yd } = niceTicks(valueDomain(points.map((p) => p.value), series.band), height > 220 ? 5 : 4)
  const xd = timeDomain(points.map((p) => p.time))
  const x = scale(xd, M.left, M.left + innerW)
  const y = scale(yd, height - M.bottom, M.top)
  const dates = points.length === 1 ? [points[0]?.time ?? 0] : timeTicks({ min: points[0]?.time ?? 0, max: points.at(-1)?.time ?? 0 }, Math.max(2, Math.min(6, Math.floor(innerW / 110))))
  const band = series.band
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.time).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')

  return (
    <div ref={ref} className="w-full">
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="block max-w-full text-slate-800 dark:text-slate-100">
        {band && (
          <rect
            data-testid="reference-band"
            x={M.left}
            width={innerW}
            y={y(band.high ?? yd.max)}
            height={Math.max(0, y(band.low ?? yd.min) - y(band.high ?? yd.max))}
            className="fill-emerald-100 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-500"
            strokeDasharray="4 3"
          />
        )}
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={M.left + innerW} y1={y(v)} y2={y(v)} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={0.5} />
            <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end" fontSize={11} className="fill-current">
              {number(v, 3)}
            </text>
          </g>
        ))}
        <text x={4} y={12} fontSize={11} fontWeight={600} className="fill-current">
          {unitText}
        </text>
        <line x1={M.left} x2={M.left + innerW} y1={height - M.bottom} y2={height - M.bottom} className="stroke-slate-600 dark:stroke-slate-300" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={height - M.bottom} className="stroke-slate-600 dark:stroke-slate-300" />
        {dates.map((tm, i) => (
          <text
            key={tm}
            x={x(tm)}
            y={height - M.bottom + 16}
            fontSize={11}
            textAnchor={dates.length === 1 ? 'middle' : i === 0 ? 'start' : i === dates.length - 1 ? 'end' : 'middle'}
            className="fill-current"
          >
            {date(new Date(tm).toISOString())}
          </text>
        ))}
        <path d={line} fill="none" className="stroke-slate-600 dark:stroke-slate-300" strokeWidth={1.5} />
        {points.map((p) => (
          <g key={p.lab.id ?? p.time}>
            <title>{`${date(p.lab.effective)}: ${formatNumber({ number }, p.value, p.converted)} ${unitText}`}</title>
            <PointMark flag={p.lab.interpretation} x={x(p.time)} y={y(p.value)} />
          </g>
        ))}
      </svg>
    </div>
  )
}
