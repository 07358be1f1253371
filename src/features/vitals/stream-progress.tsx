// "1,000 of about 5,240 loaded" while pages arrive, with a progress bar that is determinate only
// when the server told a total it means; then one line saying how many readings there are.
import { useI18n } from '../../i18n/i18n.tsx'
import { countText } from './vital-format.ts'

interface Props {
  loaded: number
  /** The server's count of all matches, when it gave one. */
  total?: number
  done: boolean
  /** The stream broke off: what is shown is not everything, so never say "all". */
  partial?: boolean
  /** Readings on screen once done (unreadable ones are reported separately). */
  count: number
  refreshing: boolean
}

export function StreamProgress({ loaded, total, done, partial = false, count, refreshing }: Props) {
  const { t, number } = useI18n()
  if (done) {
    const text = partial
      ? t('vitals.progress.shown', { readings: countText({ t, number }, count) })
      : count === 1
        ? t('vitals.progress.done.one')
        : t('vitals.progress.done.other', { count: number(count) })
    return (
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {text}
        {refreshing && <span className="ml-2">{t('vitals.progress.refreshing')}</span>}
      </p>
    )
  }
  // A server's estimate can fall short of what it then sends; never show "1,200 of about 1,000".
  const max = total === undefined ? undefined : Math.max(total, loaded)
  const text =
    max === undefined ? t('vitals.progress.unknown', { loaded: number(loaded) }) : t('vitals.progress.known', { loaded: number(loaded), total: number(max) })
  const percent = max ? Math.round((loaded / max) * 100) : undefined
  return (
    <div className="text-sm print:hidden">
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {text}
      </p>
      <div
        role="progressbar"
        aria-label={t('vitals.progress.label')}
        aria-valuemin={max === undefined ? undefined : 0}
        aria-valuemax={max}
        aria-valuenow={max === undefined ? undefined : loaded}
        aria-valuetext={text}
        className="mt-1 h-2 w-full overflow-hidden rounded border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800"
      >
        <div
          className={`h-full bg-blue-700 dark:bg-sky-300 ${percent === undefined ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  )
}
