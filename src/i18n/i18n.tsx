import { createContext, use, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { en, type MessageKey, type Messages } from './catalog.ts'
import { catalogFor, loadCatalog } from './catalogs.ts'
import { fill } from './fill.ts'
import { setLocale as setSharedLocale, useLocale, type Locale } from './locale.ts'

export interface I18n {
  locale: Locale
  setLocale(locale: Locale): void
  t(key: MessageKey, params?: Record<string, string | number>): string
  date(iso: string | undefined, withTime?: boolean): string
  number(value: number, maxDigits?: number): string
}

/** Words a message in a language whose catalog is loaded (see `loadCatalog`); English otherwise. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill((catalogFor(locale) ?? en)[key], params)
}

// Building an Intl formatter costs far more than using one; a long history formats thousands of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(tag: string, maxDigits: number): Intl.NumberFormat {
  const key = `${tag}|${maxDigits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: maxDigits })
    numberFormats.set(key, f)
  }
  return f
}

function makeI18n(locale: Locale, messages: Messages, setLocale: (l: Locale) => void): I18n {
  const tag = locale === 'es' ? 'es-US' : 'en-US'
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' })
  const dateTimeFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })
  return {
    locale,
    setLocale,
    t: (key, params) => fill(messages[key], params),
    date(iso, withTime) {
      if (!iso) return ''
      // A bare date is a calendar day, not midnight UTC: format it without a time-zone shift.
      const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso)
      if (Number.isNaN(d.getTime())) return iso
      return (withTime && iso.length > 10 ? dateTimeFmt : dateFmt).format(d)
    },
    number: (value, maxDigits = 2) => numberFormat(tag, maxDigits).format(value),
  }
}

const I18nContext = createContext<I18n>(makeI18n('en', en, () => undefined))

/** Switches once the new language's catalog is here, so the screen changes language in one step. */
const switchTo = (set: (l: Locale) => void) => (next: Locale) => {
  loadCatalog(next).then(
    () => set(next),
    // Offline: the catalog cannot come, so the chart stays in the language it has.
    () => undefined,
  )
}

/** Follows the app-wide choice; a `locale` given here (tests, isolated renders) is kept to this tree. */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const shared = useLocale()
  const [pinned, setPinned] = useState(fixed)
  const locale = pinned ?? shared
  const messages = catalogFor(locale)
  const value = useMemo(() => messages && makeI18n(locale, messages, switchTo(pinned ? setPinned : setSharedLocale)), [locale, messages, pinned])
  useEffect(() => {
    document.documentElement.setAttribute('lang', locale)
  }, [locale])
  // A language whose catalog is not here yet waits (suspends) for it, nothing shown in the meantime.
  if (!value) return <WaitForCatalog locale={locale} />
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/**
 * Suspends until the catalog has loaded. A component of its own, so that the provider itself never
 * calls `use` on one render and not on the next, which React does not allow.
 */
function WaitForCatalog({ locale }: { locale: Locale }): null {
  use(loadCatalog(locale))
  return null
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
