// The language is one choice for the whole app: the start page, the chart and every error page read
// and change the same value, so a choice made on one screen holds on the next.
import { useSyncExternalStore } from 'react'
import { readLastingPref, writeLastingPref } from '../lib/prefs.ts'

export type Locale = 'en' | 'es'

function initialLocale(): Locale {
  const stored = readLastingPref('locale')
  if (stored === 'en' || stored === 'es') return stored
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en'
}

let current: Locale | undefined
const listeners = new Set<() => void>()

export function getLocale(): Locale {
  if (!current) {
    current = initialLocale()
    // Screen readers pick their voice from <html lang>, so it follows the choice from the first paint.
    document.documentElement.setAttribute('lang', current)
  }
  return current
}

export function setLocale(next: Locale): void {
  writeLastingPref('locale', next)
  if (next === getLocale()) return
  current = next
  document.documentElement.setAttribute('lang', next)
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale)
}
