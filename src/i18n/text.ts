import { useMemo } from 'react'
import { fill, type Params } from './fill.ts'
import { useLocale, type Locale } from './locale.ts'

export type Catalogs<K extends string> = Record<Locale, Record<K, string>>

/** Words a small catalog in the app-wide language, for screens outside the chart's I18nProvider. */
export function useText<K extends string>(catalogs: Catalogs<K>) {
  const locale = useLocale()
  return useMemo(() => ({ locale, t: (key: K, params?: Params) => fill(catalogs[locale][key], params) }), [catalogs, locale])
}
