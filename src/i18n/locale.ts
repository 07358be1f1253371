// The language is one choice for the whole app: the start page, the chart and every error page read
// and change the same value, so a choice made on one screen holds on the next. It is chosen before
// sign-in and must outlive sign-out (which clears sessionStorage), so it is kept in localStorage: a
// UI preference only, nothing about the patient (eslint.config.js makes the exception for this file).
import { useSyncExternalStore } from 'react'

export type Locale = 'en' | 'es'

const KEY = 'chart-lens:locale'

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

function store(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale)
  } catch {
    // Blocked storage: the choice lasts until the page is reloaded.
  }
}

function initialLocale(): Locale {
  const stored = readStored()
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
  store(next)
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
