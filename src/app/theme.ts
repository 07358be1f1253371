// Dark mode follows the system until the user picks; the choice lives for the tab only.
import { readPref, writePref } from '../lib/prefs.ts'

export type Theme = 'light' | 'dark'

export function initialTheme(): Theme {
  const stored = readPref('theme')
  if (stored === 'light' || stored === 'dark') return stored
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark')
  writePref('theme', theme)
}
