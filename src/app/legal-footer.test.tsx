import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../i18n/locale.ts'

const PUBLIC = join(import.meta.dirname, '..', '..', 'public')
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
// The deploy file is read once per page: each test needs a fresh module to read its own.
beforeEach(() => vi.resetModules())

async function renderFooter(locale?: Locale) {
  const { LegalFooter } = await import('./legal-footer.tsx')
  const { Providers } = await import('./providers.tsx')
  render(
    <Providers>
      <LegalFooter locale={locale} />
    </Providers>,
  )
  return within(await screen.findByRole('navigation', { name: locale === 'es' ? 'Acerca de esta aplicación' : 'About this app' }))
}

const hrefs = (nav: ReturnType<typeof within>) => nav.getAllByRole('link').map((a: HTMLElement) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')])

describe('LegalFooter', () => {
  it('links to the configured pages, and to the shipped page for any the file leaves out', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ links: { privacy: 'https://example.org/privacy', support: 'mailto:help@example.org' } })))
    const nav = await renderFooter()
    expect(hrefs(nav)).toEqual([
      ['Privacy (opens in a new tab)', 'https://example.org/privacy', '_blank'],
      ['Terms (opens in a new tab)', '/terms.html', '_blank'],
      ['Support', 'mailto:help@example.org', null],
    ])
  })

  it('without a deploy file, every link goes to the shipped pages, in the language asked for', async () => {
    server.use(http.get('*/chart-lens.config.json', () => new HttpResponse(null, { status: 404 })))
    const nav = await renderFooter('es')
    expect(hrefs(nav)).toEqual([
      ['Privacidad (se abre en una pestaña nueva)', '/es/privacy.html', '_blank'],
      ['Términos (se abre en una pestaña nueva)', '/es/terms.html', '_blank'],
      ['Ayuda (se abre en una pestaña nueva)', '/es/support.html', '_blank'],
    ])
  })

  it('an invalid deploy file still leaves the shipped pages on offer', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ links: { privacy: 'javascript:alert(1)' } })))
    const nav = await renderFooter()
    expect(nav.getByRole('link', { name: /Privacy/ })).toHaveAttribute('href', '/privacy.html')
  })

  it('each shipped page exists in both languages, in that language, linking to its counterpart', () => {
    for (const key of ['privacy', 'terms', 'support']) {
      const en = readFileSync(join(PUBLIC, `${key}.html`), 'utf8')
      const es = readFileSync(join(PUBLIC, 'es', `${key}.html`), 'utf8')
      expect(en).toContain('<html lang="en">')
      expect(es).toContain('<html lang="es">')
      expect(en).toContain(`href="/es/${key}.html"`)
      expect(es).toContain(`href="/${key}.html"`)
      // Every link between the Spanish pages stays in Spanish.
      for (const [, href] of es.matchAll(/<a href="(\/[a-z]+\.html)"(?! lang="en")/g)) expect(href).toBe(`/${key}.html`)
    }
  })
})
