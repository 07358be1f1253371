// Spanish is its own download: the chart waits for it and then shows Spanish, never English first.
import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// A fresh module registry: the catalogs module as a page that has not fetched Spanish yet.
beforeEach(() => vi.resetModules())

async function fresh() {
  const catalogs = await import('./catalogs.ts')
  const i18n = await import('./i18n.tsx')
  return { ...catalogs, ...i18n }
}

describe('language catalogs', () => {
  it('has English at once and Spanish only once it is loaded', async () => {
    const { catalogFor, loadCatalog } = await fresh()
    expect(catalogFor('en')?.['nav.vitals']).toBe('Vitals')
    expect(catalogFor('es')).toBeUndefined()
    const es = await loadCatalog('es')
    expect(es['nav.vitals']).toBe('Signos vitales')
    expect(catalogFor('es')).toBe(es)
    expect(loadCatalog('es')).toStrictEqual(loadCatalog('es'))
  })

  it('a chart in Spanish waits for the catalog and never shows the English words meanwhile', async () => {
    const { I18nProvider, useI18n } = await fresh()
    const seen: string[] = []
    function Title() {
      const text = useI18n().t('nav.vitals')
      seen.push(text)
      return <h1>{text}</h1>
    }
    // Awaited act: the test's stand-in for the browser resuming a suspended render once the import lands.
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <I18nProvider locale="es">
            <Title />
          </I18nProvider>
        </Suspense>,
      )
    })
    expect(await screen.findByRole('heading', { name: 'Signos vitales' })).toBeInTheDocument()
    expect(seen).not.toContain('Vitals')
  })
})
