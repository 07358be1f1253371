// Every reading in one virtualized table: fixed row height, one scroll container, only the rows in
// view (plus overscan) in the DOM. ARIA row counts and indexes tell assistive technology how big the
// whole table is, and the container is focusable so the keyboard can scroll it.
import { useViewMode } from '../../app/view-mode.tsx'
import type { VitalSign } from '../../domain/observation.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { ProvenanceButton } from './provenance-button.tsx'
import { useWindowing } from './use-windowing.ts'
import { dateText, kindName, readingLabel, statusNote, valueText } from './vital-format.ts'

interface Layout {
  row: number
  header: number
  viewport: number
  grid: string
  /** Classes placing the date, vital, value and source cells (DOM order stays the column order). */
  cells: [string, string, string, string]
}

const NO_PLACEMENT: Layout['cells'] = ['', '', '', '']

/** Fixed heights per mode: windowing needs them, and patients get larger type and two-line rows. */
function layoutFor(mode: 'clinician' | 'patient', showKind: boolean): Layout {
  if (mode === 'clinician') {
    const grid = showKind ? 'grid-cols-[11rem_6rem_minmax(0,1fr)_2.5rem]' : 'grid-cols-[11rem_minmax(0,1fr)_2.5rem]'
    return { row: 28, header: 28, viewport: 320, grid, cells: NO_PLACEMENT }
  }
  if (!showKind) return { row: 48, header: 40, viewport: 440, grid: 'grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_2.25rem]', cells: NO_PLACEMENT }
  // At 360 px three columns of words do not fit on one line: the date goes on its own line.
  return {
    row: 68,
    header: 56,
    viewport: 476,
    grid: 'grid-cols-[minmax(0,1fr)_minmax(0,1fr)_2.25rem] grid-rows-[1.5rem_minmax(0,1fr)] leading-tight',
    cells: ['col-span-2 col-start-1 row-start-1 text-sm', 'col-start-1 row-start-2', 'col-start-2 row-start-2', 'col-start-3 row-span-2 row-start-1'],
  }
}

const CELL = 'overflow-hidden px-2 py-1 text-ellipsis'

export function ReadingsTable({ readings, label, showKind }: { readings: readonly VitalSign[]; label: string; showKind: boolean }) {
  const i18n = useI18n()
  const { t, number } = i18n
  const mode = useViewMode()
  const layout = layoutFor(mode, showKind)
  const grid = `grid items-center ${layout.grid}`
  const [dateCell, kindCell, valueCell, sourceCell] = layout.cells
  const { ref, onScroll, first, last } = useWindowing(readings.length, layout.row, layout.viewport)
  // A short list should not leave an empty scroll area below it.
  const height = Math.min(layout.viewport, readings.length * layout.row + layout.header + 2)
  const rows = readings.slice(first, last)

  return (
    <div
      ref={ref}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={t('vitals.list.scroll', { label, count: number(readings.length) })}
      style={{ height }}
      className={`relative overflow-y-auto rounded border border-slate-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-600 ${mode === 'patient' ? 'text-[15px]' : ''}`}
    >
      <div role="table" aria-label={label} aria-rowcount={readings.length + 1}>
        <div role="rowgroup" className="sticky top-0 z-10 bg-slate-100 font-semibold dark:bg-slate-800">
          <div role="row" aria-rowindex={1} className={grid} style={{ height: layout.header }}>
            <span role="columnheader" className={`${CELL} ${dateCell}`}>{t(mode === 'clinician' ? 'vitals.col.taken' : 'vitals.col.date')}</span>
            {showKind && <span role="columnheader" className={`${CELL} ${kindCell}`}>{t('vitals.col.vital')}</span>}
            <span role="columnheader" className={`${CELL} ${valueCell}`}>{t('vitals.col.value')}</span>
            <span role="columnheader" className={sourceCell}>
              <span className="sr-only">{t('vitals.col.source')}</span>
            </span>
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: readings.length * layout.row }}>
          {rows.map((v, i) => {
            const index = first + i
            const note = statusNote(i18n, v)
            return (
              <div
                key={`${v.id ?? ''}-${index}`}
                role="row"
                aria-rowindex={index + 2}
                className={`${grid} absolute inset-x-0 border-t border-slate-200 dark:border-slate-700 ${index % 2 ? 'bg-slate-50 dark:bg-slate-900' : 'bg-white dark:bg-slate-950'}`}
                style={{ top: index * layout.row, height: layout.row }}
              >
                <span role="cell" className={`${CELL} ${dateCell} whitespace-nowrap tabular-nums`}>{dateText(i18n, v, mode === 'clinician')}</span>
                {showKind && <span role="cell" className={`${CELL} ${kindCell}`}>{kindName(i18n, v.kind, mode)}</span>}
                <span role="cell" className={`${CELL} ${valueCell} tabular-nums ${note === undefined ? '' : 'text-slate-600 dark:text-slate-400'}`}>
                  <span className={v.status === 'entered-in-error' ? 'line-through' : ''}>{valueText(i18n, v, mode === 'patient')}</span>
                  {note !== undefined && <span className="ml-1 text-xs">({note})</span>}
                </span>
                <span role="cell" className={`flex justify-center ${sourceCell}`}>
                  <ProvenanceButton reading={v} label={readingLabel(i18n, v, mode)} />
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
