// One test's trend: chart (numbers only) + the values it could not plot + the table alternative.
// Values are harmonized to one unit by default; "Show original units" plots them as reported.
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Skeleton } from '../../components/ui/skeleton.tsx'
import { harmonize } from '../../domain/units.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { LabGroup } from './lab-groups.ts'
import { TrendChart } from './trend-chart.tsx'
import { TrendNotPlotted } from './trend-not-plotted.tsx'
import { PointLegend } from './point-mark.tsx'
import { measurementsOf, trendSeries } from './trend-series.ts'
import { trendLabel } from './trend-label.ts'
import { TrendTable } from './trend-table.tsx'
import { unitLabel } from './unit-label.ts'

export function LabTrend({ group, name, sourceName, onClose }: { group: LabGroup; name: string; sourceName?: string; onClose: () => void }) {
  const i18n = useI18n()
  const { t } = i18n
  const [original, setOriginal] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const measurements = useMemo(() => measurementsOf(group.results, group.key), [group])
  const harmonized = useQuery({
    // Derived from already-loaded results; the key carries them, so a refetch re-harmonizes.
    queryKey: ['labs', 'harmonized', group.key, measurements],
    queryFn: () => harmonize(measurements, group.key),
    enabled: group.numeric && !original,
    staleTime: Infinity,
  })
  // A failed unit library leaves the chart in the reported units rather than empty.
  const useOriginal = original || !group.numeric || harmonized.isError
  const series = useMemo(() => trendSeries(group.results, useOriginal ? undefined : harmonized.data), [group, useOriginal, harmonized.data])
  const pending = !useOriginal && harmonized.isPending
  const unitText = unitLabel(series.unit)

  useEffect(() => {
    heading.current?.focus()
  }, [group.key])

  return (
    <section aria-labelledby="lab-trend-title" className="mt-4 border-t border-slate-300 pt-3 dark:border-slate-600">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h3 id="lab-trend-title" ref={heading} tabIndex={-1} className="text-base font-semibold focus-visible:outline-2 focus-visible:outline-blue-700">
            {t('labs.trend.title', { name })}
          </h3>
          {sourceName !== undefined && <p className="text-[0.875em]">{sourceName}</p>}
          {group.loinc && <p className="text-[0.875em] text-slate-700 dark:text-slate-300">{t('labs.loinc', { code: group.loinc })}</p>}
        </div>
        <button type="button" className="btn print:hidden" onClick={onClose}>
          {t('labs.trend.close')}
        </button>
      </div>
      {group.numeric ? (
        <>
          <label className="mt-2 flex items-center gap-2 print:hidden">
            <input type="checkbox" checked={original} onChange={(e) => setOriginal(e.target.checked)} />
            {t('labs.trend.showOriginal')}
          </label>
          {harmonized.isError && !original && <p className="text-[0.875em]">{t('labs.trend.harmonizeFailed')}</p>}
          {pending ? (
            <Skeleton lines={4} />
          ) : series.plotted.length > 0 ? (
            <div className="mt-2">
              <TrendChart series={series} unitText={unitText} label={trendLabel(i18n, name, series, original)} />
              <PointLegend flags={series.plotted.map((p) => p.lab.interpretation)} band={!!series.band} />
            </div>
          ) : (
            <p className="mt-2">{t('labs.trend.nothingToPlot')}</p>
          )}
          {!pending && <TrendNotPlotted series={series} original={original} />}
        </>
      ) : (
        <p className="mt-2">{t('labs.trend.textOnly')}</p>
      )}
      {!pending && <TrendTable series={series} name={name} original={original} />}
    </section>
  )
}
