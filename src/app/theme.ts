// Dark mode follows the system until the user picks; the choice lives for the tab only.
export type Theme = 'light' | 'dark'

const KEY = 'chart-lens:theme'

export function initialTheme(): Theme {
  const stored = sessionStorage.getItem(KEY)
  if (stored === 'light' || stored === 'dark') return stored
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark')
  sessionStorage.setItem(KEY, theme)
}
