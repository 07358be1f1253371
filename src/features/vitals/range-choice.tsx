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
            className="segment cursor-pointer rounded px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} className="sr-only" />
            {t(`vitals.range.${key}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
