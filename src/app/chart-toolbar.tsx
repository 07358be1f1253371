import { useState } from 'react'
import { useI18n } from '../i18n/i18n.tsx'
import type { Locale } from '../i18n/locale.ts'
import { applyTheme, initialTheme, type Theme } from './theme.ts'

export function ChartToolbar({ onSignOut, onRefresh, onSwitchRecord }: { onSignOut: () => void; onRefresh?: () => void; onSwitchRecord?: () => void }) {
  const { t, locale, setLocale } = useI18n()
  const [theme, setTheme] = useState<Theme>(() => {
    const initial = initialTheme()
    applyTheme(initial)
    return initial
  })
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">
      <label className="flex items-center gap-1">
        {t('language.label')}
        <select className="rounded border border-slate-400 bg-transparent px-1 py-0.5" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={theme === 'dark'}
          onChange={(e) => {
            const next: Theme = e.target.checked ? 'dark' : 'light'
            applyTheme(next)
            setTheme(next)
          }}
        />
        {t('theme.toggle')}
      </label>
      {onRefresh && (
        <button type="button" className="btn" onClick={onRefresh}>
          {t('action.refresh')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => window.print()}>
        {t('action.print')}
      </button>
      {onSwitchRecord && (
        <button type="button" className="btn" onClick={onSwitchRecord}>
          {t('action.switchRecord')}
        </button>
      )}
      <button type="button" className="btn" onClick={onSignOut}>
        {t('action.signOut')}
      </button>
    </div>
  )
}
