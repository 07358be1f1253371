// The chart's catalogs by language. English is part of the chart; another language is fetched the
// first time it is needed, and the chart waits for it (never showing a mix, or the wrong language).
import { en, type Messages } from './catalog.ts'
import type { Locale } from './locale.ts'

/** A promise React's `use` can read without suspending once it has settled (React's thenable fields). */
type Tracked = Promise<Messages> & { status?: 'fulfilled'; value?: Messages }

const loaded: Partial<Record<Locale, Messages>> = { en }
const promises = new Map<Locale, Tracked>()

function settled(messages: Messages): Tracked {
  const p: Tracked = Promise.resolve(messages)
  p.status = 'fulfilled'
  p.value = messages
  return p
}
promises.set('en', settled(en))

/** The catalog if it is here already. */
export function catalogFor(locale: Locale): Messages | undefined {
  return loaded[locale]
}

/**
 * The catalog, downloading it once. The same promise per language every time, marked fulfilled once
 * it is, so `use(loadCatalog(locale))` suspends only while a download is really under way.
 */
export function loadCatalog(locale: Locale): Promise<Messages> {
  let p = promises.get(locale)
  if (!p) {
    const tracked: Tracked = import('./catalog-es.ts').then(
      (m) => {
        loaded[locale] = m.es
        tracked.status = 'fulfilled'
        tracked.value = m.es
        return m.es
      },
      (e: unknown) => {
        // A failed download (offline) may be tried again later.
        promises.delete(locale)
        throw e
      },
    )
    p = tracked
    promises.set(locale, p)
  }
  return p
}
