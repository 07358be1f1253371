// Every screen around sign-in, rendered in Spanish and read back: a raw message key, or a sentence still
// in its English wording, is a screen someone forgot to translate.
import { fireEvent, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactElement } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LabResult, VitalSign } from '../domain/observation.ts'
import { BLOOD } from '../features/explain/labs-blood.ts'
import { CHEMISTRY } from '../features/explain/labs-chemistry.ts'
import { METABOLIC } from '../features/explain/labs-metabolic.ts'
import { URINE } from '../features/explain/labs-urine.ts'
import { EXPLAIN_MESSAGES, type ExplainKey } from '../features/explain/messages.ts'
import { VITALS } from '../features/explain/vitals.ts'
import type { ProvenanceTarget } from '../features/provenance/provenance-context.tsx'
import { en, type MessageKey } from '../i18n/catalog.ts'
import { es } from '../i18n/catalog-es.ts'
import type { RedirectParams } from '../launch/redirect-params.ts'
import type { SessionStatus } from '../launch/session-status.ts'

const CLINIC = 'https://fhir.valley.test/r4'
const UNSET = 'https://fhir.hill.test/r4'
const config = {
  directories: [],
  sandbox: false,
  organizations: [
    { name: 'Valley Clinic', fhirBase: CLINIC },
    { name: 'Hill Hospital', fhirBase: UNSET },
  ],
  clientIds: { other: 'app' },
}

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
beforeEach(async () => {
  vi.resetModules()
  // Fresh modules have no Spanish catalog; the app fetches it before it shows anything in Spanish.
  await (await import('../i18n/catalogs.ts')).loadCatalog('es')
  sessionStorage.clear()
  localStorage.setItem('chart-lens:locale', 'es')
  document.documentElement.removeAttribute('lang')
  window.history.replaceState({}, '', '/')
  server.use(
    http.get('*/chart-lens.config.json', () => HttpResponse.json(config)),
    // The clinic's server is down: sign-in cannot start.
    http.get(`${CLINIC}/.well-known/smart-configuration`, () => new HttpResponse(null, { status: 503 })),
    http.get(`${CLINIC}/metadata`, () => new HttpResponse(null, { status: 503 })),
  )
})

const KEYS = new Set(Object.keys(en))
const LETTER = String.raw`\p{L}`
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Every wording the app has in both languages: the catalog, plus the ⓘ drawer's words and the test
 * explanations, which load with the drawer and so live outside the catalog.
 */
const WORDINGS: Array<{ key: string; en: string; es: string }> = [
  ...(Object.keys(en) as MessageKey[]).map((key) => ({ key, en: en[key], es: es[key] })),
  ...(Object.keys(EXPLAIN_MESSAGES.en) as ExplainKey[]).map((k) => ({ key: `explain.${k}`, en: EXPLAIN_MESSAGES.en[k], es: EXPLAIN_MESSAGES.es[k] })),
  ...[CHEMISTRY, BLOOD, METABOLIC, URINE, VITALS].flatMap((group) => Object.entries(group).map(([k, e]) => ({ key: `explanation.${k}`, en: e?.en ?? '', es: e?.es ?? '' }))),
]

/** English wordings that differ from their Spanish ones, as the literal pieces around their `{holes}`. */
const ENGLISH = WORDINGS
  .filter((w) => w.en !== w.es)
  .flatMap(({ key: k, en: english }) =>
    english
      .split(/\{\w+\}/)
      .map((piece) => piece.trim())
      // Pieces such as "of" or "y" are also Spanish words or too short to mean anything alone.
      .filter((piece) => piece.replace(/[^A-Za-z]/g, '').length >= 4)
      .map((piece) => ({ key: k, piece, pattern: new RegExp(`(?<!${LETTER})${escape(piece)}(?!${LETTER})`, 'u') })),
  )

/** Everything a user can read or hear on the page: text and the labels assistive technology announces. */
function pageText(): string {
  const parts: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '')
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(name)
      if (v) parts.push(v)
    }
  }
  return parts.join('\n')
}

// English never left the catalog: text typed straight into a component has no catalog value to match,
// but it has these words, which Spanish does not use.
const ENGLISH_WORDS = /\b(?:the|your|you|this|that|and|with|not|was|could|please|again|from)\b/gi

function untranslated(text: string): string[] {
  const rawKeys = [...text.matchAll(/\b[a-z]+(?:\.[a-zA-Z_]+)+\b/g)].map((m) => m[0]).filter((w) => KEYS.has(w))
  const english = ENGLISH.filter((e) => e.pattern.test(text)).map((e) => `${e.key}: "${e.piece}"`)
  const words = [...text.matchAll(ENGLISH_WORDS)].map((m) => `English word "${m[0]}"`)
  return [...rawKeys.map((k) => `raw key ${k}`), ...english, ...words]
}

/** `verbatim` is text shown as it came, not the app's wording for the user. */
function expectAllSpanish(verbatim: string[] = []) {
  expect(document.documentElement.getAttribute('lang')).toBe('es')
  const text = verbatim.reduce((t, v) => t.replaceAll(v, ''), pageText())
  expect(untranslated(text)).toEqual([])
}

async function renderApp(path: string, search = '', redirect: RedirectParams = {}, status?: SessionStatus) {
  if (status) (await import('../launch/session-status.ts')).setSessionStatus(status)
  const { App } = await import('./app.tsx')
  const { Providers } = await import('./providers.tsx')
  const ui: ReactElement = (
    <Providers>
      <App path={path} search={search} redirect={redirect} />
    </Providers>
  )
  render(ui)
}

describe('the scan', () => {
  it('finds an English sentence and a raw key in Spanish text', () => {
    expect(untranslated(`Iniciar sesión\n${en['session.expired.title']}`)).toEqual(['session.expired.title: "Session expired"'])
    expect(untranslated('Esto es start.heading sin traducir')).toEqual(['raw key start.heading'])
    expect(untranslated('Abra esto de nuevo, the launch code is missing')).toEqual(['English word "the"'])
    expect(untranslated(`${es['session.expired.body']}\n${es['startOver.signIn']}\nfhir.valley.test`)).toEqual([])
  })
})

describe('in Spanish', () => {
  it('the start page, its search and its "server did not answer" page', async () => {
    await renderApp('/')
    expect(await screen.findByRole('button', { name: /Valley Clinic/ }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByRole('heading', { name: es['start.heading'] })).toBeVisible()
    expectAllSpanish()

    fireEvent.change(screen.getByLabelText(es['start.search']), { target: { value: 'zzzz' } })
    expect(await screen.findByText(/Ningún sistema de salud coincide/)).toBeVisible()
    expectAllSpanish()

    fireEvent.change(screen.getByLabelText(es['start.search']), { target: { value: '' } })
    ;(await screen.findByRole('button', { name: /Valley Clinic/ })).click()
    expect(await screen.findByRole('heading', { name: es['start.noAnswer'] }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('(devolvió 503)')
    expectAllSpanish()
  })

  it('a deploy file the app cannot read', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ sandbox: 'yes' })))
    await renderApp('/')
    expect(await screen.findByRole('heading', { name: es['setup.broken'] }, { timeout: 5000 })).toBeVisible()
    // The file's problems are for whoever deployed the app, quoted from the file's own keys.
    expectAllSpanish(['/chart-lens.config.json is not valid: "sandbox" must be true or false.'])
  })

  it.each([
    ['signed out', 'signed-out', 'session.signedOut.title'],
    ['signed out after inactivity', 'idle', 'session.idle.title'],
    ['session expired', 'expired', 'session.expired.title'],
  ] as const)('the %s page', async (_name, status, title) => {
    await renderApp('/app', '', {}, status)
    expect(await screen.findByRole('heading', { name: es[title] })).toBeVisible()
    expect(screen.getByRole('link', { name: es['startOver.signIn'] })).toHaveAttribute('href', '/')
    expectAllSpanish()
  })

  it('a tab without a session', async () => {
    await renderApp('/app')
    expect(await screen.findByRole('heading', { name: es['launchError.noSession.title'] }, { timeout: 5000 })).toBeVisible()
    expectAllSpanish()
  })

  it('a sign-in link from another tab', async () => {
    await renderApp('/callback', '', { code: 'abc', state: 'not-a-state-this-tab-made' })
    expect(await screen.findByRole('heading', { name: es['launchError.badState.title'] }, { timeout: 5000 })).toBeVisible()
    expectAllSpanish()
  })

  it('an OAuth error answer, with its reason and code', async () => {
    await renderApp('/callback', '', { error: 'access_denied', errorUri: 'urn:cerner:error:authorization-server:login-required', state: 's' })
    expect(await screen.findByRole('heading', { name: es['oauth.access_denied.title'] }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Motivo: login-required (código de error: access_denied)')
    expectAllSpanish()
  })

  it.each([
    ['a server not on the list', '?iss=https://fhir.unknown.test/r4&launch=x', 'ehr.refused.title'],
    ['a launch without a server', '?launch=x', 'ehr.refused.title'],
    ['a launch without a launch code', `?iss=${CLINIC}`, 'ehr.missing.title'],
  ] as const)('the EHR launch page: %s', async (_name, search, title) => {
    await renderApp('/launch', search)
    expect(await screen.findByRole('heading', { name: es[title] }, { timeout: 5000 })).toBeVisible()
    expectAllSpanish()
  })

  it('the EHR launch page: a server the app has no client id for', async () => {
    server.use(http.get('*/chart-lens.config.json', () => HttpResponse.json({ ...config, clientIds: {} })))
    await renderApp('/launch', `?iss=${UNSET}&launch=x`)
    expect(await screen.findByRole('heading', { name: es['ehr.unconfigured.title'] }, { timeout: 5000 })).toBeVisible()
    expectAllSpanish()
  })

  it('the EHR launch page: a server that does not answer', async () => {
    await renderApp('/launch', `?iss=${CLINIC}&launch=x`)
    expect(await screen.findByRole('heading', { name: es['launchError.noAnswer.title'] }, { timeout: 5000 })).toBeVisible()
    expectAllSpanish()
  })
})

describe('the language choice', () => {
  it('is made on the start page, sets <html lang> and outlives the tab being cleared at sign-out', async () => {
    localStorage.setItem('chart-lens:locale', 'en')
    await renderApp('/')
    expect(await screen.findByRole('heading', { name: en['start.heading'] })).toBeVisible()
    expect(document.documentElement.getAttribute('lang')).toBe('en')
    fireEvent.change(screen.getByLabelText(en['language.label']), { target: { value: 'es' } })
    expect(await screen.findByRole('heading', { name: es['start.heading'] })).toBeVisible()
    expect(document.documentElement.getAttribute('lang')).toBe('es')
    sessionStorage.clear()
    expect(localStorage.getItem('chart-lens:locale')).toBe('es')
  })
})

// The chart's ⓘ drawer and the Summary's critical results, read back in Spanish like the screens above.
// Their models are built here (no server): a record without an id, so the drawer asks for nothing.
describe('in Spanish, inside the chart', () => {
  const provenance = { resourceType: 'Observation', fields: { value: { path: 'valueQuantity', rules: [] } }, dropped: [] }
  const potassium: LabResult = {
    status: 'final', categories: ['laboratory'], loinc: '2823-3', name: 'Potassium [Moles/volume] in Serum or Plasma',
    effective: '2026-05-19T13:45:00Z', interpretation: 'HH', performer: 'Dana Whitfield, RN',
    value: { kind: 'quantity', value: 6.4, unit: 'mmol/L', alternates: [] }, referenceRange: { low: 3.5, high: 5.1, unit: 'mmol/L' },
    provenance,
  }
  const pressure = {
    kind: 'blood-pressure', loinc: '85354-9', status: 'final', categories: ['vital-signs'], effective: '2026-05-19T13:30:00Z',
    systolic: { value: 126, unit: 'mm[Hg]' }, diastolic: { value: 76, unit: 'mm[Hg]' }, provenance,
  } as VitalSign

  async function renderInChart(mode: 'patient' | 'clinician', build: () => Promise<ReactElement>) {
    const { I18nProvider } = await import('../i18n/i18n.tsx')
    const { ViewModeContext } = await import('./view-mode.tsx')
    const { Providers } = await import('./providers.tsx')
    const inner = await build()
    render(
      <Providers>
        <I18nProvider>
          <ViewModeContext.Provider value={mode}>{inner}</ViewModeContext.Provider>
        </I18nProvider>
      </Providers>,
    )
  }

  async function drawer(target: ProvenanceTarget) {
    const { ProvenanceDrawer } = await import('../features/provenance/provenance-drawer.tsx')
    const { testSession } = await import('../fhir/testing/test-session.ts')
    const session = testSession({ id: 't', fhirBase: CLINIC, flavor: 'generic', patientId: 'p', scope: 'patient/Observation.read', token: 't', endpointName: 'Valley Clinic' })
    return <ProvenanceDrawer session={session} target={target} onClose={() => undefined} />
  }

  it.each(['patient', 'clinician'] as const)('the ⓘ drawer of a critical lab result, %s', async (mode) => {
    await renderInChart(mode, () => drawer({ label: 'Potasio 6,4 mmol/L', provenance, field: 'value', about: { kind: 'lab', lab: potassium } }))
    expect(await screen.findByRole('heading', { name: 'Qué significa' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'De dónde viene' })).toBeVisible()
    expect(screen.getByText('Detalles técnicos')).toBeVisible()
    expect(screen.getByTestId('result-words')).toHaveTextContent(mode === 'patient' ? /^Su resultado está muy por encima/ : /^Críticamente alto/)
    expectAllSpanish(['Dana Whitfield, RN'])
  })

  it('the ⓘ drawer of a vital sign, and of an item with no explanation', async () => {
    await renderInChart('patient', () => drawer({ label: 'Presión arterial', provenance, about: { kind: 'vital', reading: pressure } }))
    expect(await screen.findByTestId('explanation')).toHaveTextContent(/^La presión arterial es la fuerza/)
    expectAllSpanish()
    document.body.innerHTML = ''
    await renderInChart('patient', () => drawer({ label: 'Penicilinas', provenance: { ...provenance, resourceType: 'AllergyIntolerance' }, about: { kind: 'record', date: '2024-03-02' } }))
    expect(await screen.findByTestId('explanation')).toHaveTextContent(EXPLAIN_MESSAGES.es.neutral)
    expectAllSpanish()
  })

  it('the Summary’s critical results of the last 90 days', async () => {
    await renderInChart('patient', async () => {
      const { CriticalLabs } = await import('../features/summary/critical-labs.tsx')
      return <CriticalLabs labs={[potassium]} />
    })
    expect(await screen.findByRole('group', { name: 'Resultados críticos de los últimos 90 días' })).toHaveTextContent('Críticamente alto')
    expectAllSpanish()
  })
})
