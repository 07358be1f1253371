// The chart's catalogs by language. English is part of the chart; another language is fetched the
// first time it is needed, and the chart waits for it (never showing a mix, or the wrong language).
import { en, type Messages } from './catalog.ts'
import type { Locale } from './locale.ts'

const loaded: Partial<Record<Locale, Messages>> = { en }
const loading = new Map<Locale, Promise<Messages>>()

/** The catalog if it is here already. */
export function catalogFor(locale: Locale): Messages | undefined {
  return loaded[locale]
}

/** The catalog, downloading it once; one promise per language, so React's `use` can wait on it. */
export function loadCatalog(locale: Locale): Promise<Messages> {
  const have = loaded[locale]
  if (have) return Promise.resolve(have)
  let p = loading.get(locale)
  if (!p) {
    p = import('./catalog-es.ts').then(
      (m) => (loaded[locale] = m.es),
      (e: unknown) => {
        // A failed download (offline) may be tried again later.
        loading.delete(locale)
        throw e
      },
    )
    loading.set(locale, p)
  }
  return p
}
