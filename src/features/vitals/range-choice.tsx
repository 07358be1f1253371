// Native radios under the segmented look: arrow keys, one tab stop and "1 of 4" in screen readers
// come with the element instead of being rebuilt with ARIA.
import { useId } from 'react'
import { useI18n } from '../../i18n/i18n.tsx'
import { RANGES, type RangeKey } from './time-range.ts'

export function RangeChoice({ value, onChange }: { value: RangeKey; onChange: (range: RangeKey) => void }) {
  const { t } = useI18n()
  const name = useId()
  return (
    <fieldset className="mt-1 print:hidden">
      <legend className="text-sm text-slate-700 dark:text-slate-300">{t('vitals.range.legend')}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {RANGES.map(({ key }) => (
          <label
            key={key}
            className="cursor-pointer rounded border border-blue-800 px-3 py-1 text-sm text-blue-800 has-[:checked]:bg-blue-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 dark:border-sky-300 dark:text-sky-300 dark:has-[:checked]:bg-sky-300 dark:has-[:checked]:text-slate-900"
          >
            <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} className="sr-only" />
            {t(`vitals.range.${key}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
