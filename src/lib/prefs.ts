// UI preferences for this tab (the language, which outlives it, is kept by src/i18n/locale.ts).
// Storage can be blocked (third-party frames), so every access is guarded: a preference that cannot be
// kept is simply not kept.

export function readPref(key: string): string | null {
  try {
    return window.sessionStorage.getItem(`chart-lens:${key}`)
  } catch {
    return null
  }
}

export function writePref(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(`chart-lens:${key}`, value)
  } catch {
    // Blocked storage: the preference lasts until the page is reloaded.
  }
}
