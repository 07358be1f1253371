import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { LabResult } from '../../domain/observation.ts'
import { translate } from '../../i18n/i18n.tsx'
import type { Locale } from '../../i18n/locale.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { labQueries, type LabData } from '../labs/queries.ts'
import { renderApp, sandboxServer, testSession, type Vendor } from '../sources/test-fixtures.ts'
import { ProvenanceContext, useProvenance, type ProvenanceTarget } from './provenance-context.tsx'
import { ProvenanceDrawer } from './provenance-drawer.tsx'

const { sandbox, server, to } = sandboxServer()

/** The first lab with a normalized field, and that field: the drawer has rules to explain. */
function withRules(data: LabData): { lab: LabResult; field: string } | null {
  for (const lab of data.items) {
    const field = Object.entries(lab.provenance.fields).find(([, f]) => f.rules.length > 0)?.[0]
    if (field) return { lab, field }
  }
  return null
}

function LabValue({ session, withField }: { session: SmartSession; withField: boolean }) {
  const { data } = useQuery({ ...labQueries.list(session), select: withRules })
  const { open } = useProvenance()
  if (!data) return <p>waiting</p>
  const label = `${data.lab.name} (${data.field})`
  return (
    <p>
      {label}
      <button type="button" aria-label={`Where this came from: ${label}`} onClick={() => open({ label, provenance: data.lab.provenance, ...(withField && { field: data.field }) })}>
        ⓘ
      </button>
      <button type="button">Something after</button>
    </p>
  )
}

/** What the chart shell does: one drawer for the page, opened through the context. */
function Host({ session, withField = true }: { session: SmartSession; withField?: boolean }) {
  const [target, setTarget] = useState<ProvenanceTarget>()
  return (
    <ProvenanceContext.Provider value={{ open: setTarget }}>
      <LabValue session={session} withField={withField} />
      {target && <ProvenanceDrawer session={session} target={target} onClose={() => setTarget(undefined)} />}
    </ProvenanceContext.Provider>
  )
}

async function openDrawer(session: SmartSession, options: { locale?: Locale; mode?: 'clinician' | 'patient'; withField?: boolean } = {}) {
  const { client } = renderApp(<Host session={session} withField={options.withField ?? true} />, options)
  const opener = await screen.findByRole('button', { name: /^Where this came from:/ }, { timeout: 5000 })
  await userEvent.click(opener)
  const data = client.getQueryData<LabData>(labQueries.list(session).queryKey)
  const picked = data && withRules(data)
  if (!picked) throw new Error('no lab with rules')
  return { opener, dialog: screen.getByRole('dialog'), ...picked }
}

const ruleText = (locale: Locale, id: string) => translate(locale, `rule.${id}` as MessageKey)

describe.each<Vendor>(['epic', 'cerner'])('provenance drawer on %s', (vendor) => {
  it('opens from a value as a modal dialog with the source, the rules, and the raw record', async () => {
    const session = testSession(sandbox, vendor, 'lorraine', { mode: 'clinician' })
    const { opener, dialog, lab, field } = await openDrawer(session, { mode: 'clinician' })

    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(dialog).toHaveAccessibleName(`${lab.name} (${field})`)
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    expect(within(dialog).getByText(lab.provenance.id as string)).toBeInTheDocument()

    const source = lab.provenance.fields[field]
    const thisValue = within(dialog).getByRole('region', { name: 'This value' })
    expect(within(thisValue).getByText(source.path)).toBeInTheDocument()
    expect(within(thisValue).getByText(field)).toBeInTheDocument()
    for (const id of source.rules) expect(within(thisValue).getByText(ruleText('en', id))).toBeInTheDocument()
    const all = within(dialog).getByRole('region', { name: 'All fields' })
    expect(within(all).getAllByRole('row')).toHaveLength(Object.keys(lab.provenance.fields).length + 1)

    const raw = await within(dialog).findByLabelText('Original record as sent by the server', {}, { timeout: 5000 })
    expect(raw.tagName).toBe('PRE')
    const json = JSON.parse(raw.textContent ?? '')
    expect(json).toMatchObject({ resourceType: 'Observation', id: lab.provenance.id })
    expect(to(session, `Observation/${lab.provenance.id}`)).toHaveLength(1)

    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  it('keeps focus inside while open, and the Close button returns focus to the value', async () => {
    const session = testSession(sandbox, vendor, 'lorraine', { mode: 'clinician' })
    const { opener, dialog } = await openDrawer(session, { mode: 'clinician' })
    for (let i = 0; i < 12; i++) {
      await userEvent.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    await userEvent.tab({ shift: true })
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  it('says when the original record cannot be loaded, and can try again', async () => {
    const session = testSession(sandbox, vendor, 'lorraine')
    server.use(
      http.get(`${session.fhirBase}/Observation/:id`, () =>
        HttpResponse.json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', diagnostics: 'Record locked' }] }, { status: 500 }),
      ),
    )
    const { dialog } = await openDrawer(session)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Couldn’t load the original record. The health system had an internal error. This is often temporary: try again in a few minutes.')
    expect(within(dialog).getByTestId('failure-detail')).toHaveTextContent('HTTP 500 · Record locked')
    server.resetHandlers()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }))
    expect(await within(dialog).findByLabelText('Original record as sent by the server')).toHaveTextContent('"resourceType": "Observation"')
  })
})

describe('provenance drawer', () => {
  it('shows the raw record as text, never as markup', async () => {
    const session = testSession(sandbox, 'cerner', 'lorraine')
    const markup = '<img src=x onerror=alert(1)>'
    server.use(
      http.get(`${session.fhirBase}/Observation/:id`, ({ params }) =>
        HttpResponse.json({ resourceType: 'Observation', id: params.id, status: 'final', code: { text: markup } }),
      ),
    )
    const { dialog } = await openDrawer(session, { mode: 'clinician' })
    const raw = await within(dialog).findByLabelText('Original record as sent by the server')
    expect(raw).toHaveTextContent(markup)
    expect(dialog.querySelector('img')).toBeNull()
  })

  it('patients get the plain introduction, a list instead of a table, and the raw record folded away', async () => {
    const session = testSession(sandbox, 'epic', 'lorraine')
    const { dialog, lab } = await openDrawer(session, { mode: 'patient', withField: false })
    expect(within(dialog).getByText(/standard format called FHIR/)).toBeInTheDocument()
    expect(within(dialog).queryByRole('region', { name: 'This value' })).toBeNull()
    expect(within(dialog).queryByRole('table')).toBeNull()
    const all = within(dialog).getByRole('region', { name: 'All fields' })
    expect(within(all).getAllByRole('listitem').length).toBeGreaterThanOrEqual(Object.keys(lab.provenance.fields).length)
    const details = within(dialog).getByText('Original record (FHIR JSON)').closest('details') as HTMLDetailsElement
    expect(details.open).toBe(false)
    await userEvent.click(within(dialog).getByText('Original record (FHIR JSON)'))
    expect(details.open).toBe(true)
  })

  it('renders in Spanish', async () => {
    const session = testSession(sandbox, 'cerner', 'lorraine', { mode: 'clinician' })
    const { dialog, lab, field } = await openDrawer(session, { locale: 'es', mode: 'clinician' })
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeInTheDocument()
    expect(within(dialog).getByRole('region', { name: 'Registro de origen' })).toBeInTheDocument()
    const thisValue = within(dialog).getByRole('region', { name: 'Este dato' })
    for (const id of lab.provenance.fields[field].rules) expect(within(thisValue).getByText(ruleText('es', id))).toBeInTheDocument()
    await waitFor(() => expect(within(dialog).getByLabelText('Registro original tal como lo envió el servidor')).toBeInTheDocument())
  })
})
