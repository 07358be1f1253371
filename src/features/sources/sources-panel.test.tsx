import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from '../allergies/queries.ts'
import { labQueries } from '../labs/queries.ts'
import { medicationQueries } from '../medications/queries.ts'
import { patientQueries } from '../patient/queries.ts'
import { vitalQueries } from '../vitals/queries.ts'
import { SourcesPanel } from './sources-panel.tsx'
import { FULL_SCOPE, newClient, renderApp, sandboxServer, testSession, type Vendor } from './test-fixtures.ts'

const { sandbox, server, requests, to } = sandboxServer()
const VENDORS: Vendor[] = ['epic', 'cerner']

/** The clinician table's row for one request. */
// Rows of the request table only: the permissions table has a "Patient details" row too.
const row = (request: RegExp) => within(screen.getByRole('region', { name: 'What each request returned' })).getByRole('row', { name: request })

async function allQueriesDone() {
  const table = await screen.findByRole('region', { name: 'What each request returned' })
  await waitFor(() => expect(table).not.toHaveTextContent(/loading/), { timeout: 5000 })
  return table
}

const SOFTWARE: Record<Vendor, string> = { epic: 'Epic November 2025', cerner: 'Millennium 2026.09' }

const outcome400 = (diagnostics: string) =>
  HttpResponse.json(
    { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported', diagnostics }] },
    { status: 400, headers: { 'content-type': 'application/fhir+json' } },
  )

function renderPanel(session: SmartSession, options: Parameters<typeof renderApp>[1] = {}) {
  return renderApp(<SourcesPanel session={session} />, options)
}

describe.each(VENDORS)('Data & sources on %s', (vendor) => {
  it('shows each query result, the server facts, and asks for each thing once', async () => {
    const session = testSession(sandbox, vendor, 'lorraine', { mode: 'clinician' })
    renderPanel(session, { mode: 'clinician' })
    await allQueriesDone()

    expect(within(row(/^Patient/)).getByText('shown (1)')).toBeInTheDocument()
    for (const request of [/laboratory/, /vital-signs/, /^MedicationRequest/, /^AllergyIntolerance/]) {
      expect(within(row(request)).getByText(/^shown \(\d[\d,]*\)$/)).toBeInTheDocument()
    }
    const facts = screen.getByRole('region', { name: 'About the connection' })
    expect(await within(facts).findByText(SOFTWARE[vendor])).toBeInTheDocument()
    expect(within(facts).getByText('4.0.1 (R4)')).toBeInTheDocument()
    expect(within(facts).getByText(session.fhirBase)).toBeInTheDocument()
    expect(within(facts).getByText('Signed in directly (standalone launch)')).toBeInTheDocument()

    const metadata = to(session, 'metadata')
    expect(metadata).toHaveLength(1)
    expect(to(session, `Patient/${session.context.patientId}`)).toHaveLength(1)
    expect(to(session, 'AllergyIntolerance')).toHaveLength(1)
    expect(to(session, 'MedicationRequest').filter((u) => !u.searchParams.has('sessionID'))).toHaveLength(1)
    const labs = to(session, 'Observation').filter((u) => u.searchParams.get('category') === 'laboratory' && !u.searchParams.has('_summary'))
    expect(labs).toHaveLength(1)
  })

  it('reads the other panels’ cache: opening it after them requests only the server metadata', async () => {
    const session = testSession(sandbox, vendor, 'lorraine')
    const client = newClient()
    await Promise.all([
      client.fetchQuery(patientQueries.summary(session)),
      client.fetchQuery(labQueries.list(session)),
      client.fetchQuery(vitalQueries.stream(session)),
      client.fetchQuery(medicationQueries.list(session)),
      client.fetchQuery(allergyQueries.list(session)),
    ])
    requests.length = 0
    renderPanel(session, { client })
    expect(await screen.findByText(SOFTWARE[vendor])).toBeInTheDocument()
    expect(screen.getAllByText(/^shown \(/)).toHaveLength(5)
    // FHIR requests only: the deploy file behind the privacy links is read once per page, by whichever
    // test renders a panel first (a shuffled order made this one first).
    const fhir = new URL(session.fhirBase).pathname
    expect(requests.map((u) => u.pathname).filter((p) => p.startsWith(fhir))).toEqual([`${fhir}/metadata`])
  })

  it('a type the grant left out is "not shared", explained, and never requested', async () => {
    const granted = FULL_SCOPE.replace(' patient/AllergyIntolerance.read', '')
    const session = testSession(sandbox, vendor, 'lorraine', { scope: granted, requested: FULL_SCOPE, mode: 'clinician' })
    renderPanel(session, { mode: 'clinician' })

    const permission = screen.getByTestId('shared-types').querySelector('[data-type="AllergyIntolerance"]') as HTMLElement
    expect(permission).toHaveTextContent('Yes')
    expect(permission).toHaveTextContent('not shared')
    expect(screen.getByText(/did not give this app access to that information/)).toBeInTheDocument()

    await allQueriesDone()
    const allergies = row(/^AllergyIntolerance/)
    expect(within(allergies).getByText('not shared')).toBeInTheDocument()
    expect(within(allergies).getByText('Not requested: this app was not given access.')).toBeInTheDocument()
    expect(to(session, 'AllergyIntolerance')).toHaveLength(0)
    expect(to(session, 'Patient/' + session.context.patientId)).toHaveLength(1)
  })

  it('a grant for lab results only shows vital signs as not shared, without asking for them', async () => {
    const labsOnly = 'patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory'
    const scope = `launch/patient openid patient/Patient.rs ${labsOnly} patient/MedicationRequest.rs patient/AllergyIntolerance.rs`
    const session = testSession(sandbox, vendor, 'lorraine', { scope, mode: 'clinician' })
    renderPanel(session, { mode: 'clinician' })
    expect(screen.getByTestId('shared-types').querySelector('[data-type="Observation"]')).toHaveTextContent('shared: lab results only')
    await allQueriesDone()
    expect(within(row(/vital-signs/)).getByText('not shared')).toBeInTheDocument()
    expect(to(session, 'Observation').filter((u) => u.searchParams.get('category') === 'vital-signs')).toHaveLength(0)
  })

  it('an OperationOutcome 400 makes the row "not supported", with the server’s words', async () => {
    const session = testSession(sandbox, vendor, 'lorraine', { mode: 'clinician' })
    server.use(http.get(`${session.fhirBase}/AllergyIntolerance`, () => outcome400('AllergyIntolerance search is not available here')))
    renderPanel(session, { mode: 'clinician' })
    await allQueriesDone()
    const allergies = row(/^AllergyIntolerance/)
    expect(within(allergies).getByText('not supported')).toBeInTheDocument()
    expect(within(allergies).getByText('The server cannot answer this request: AllergyIntolerance search is not available here')).toBeInTheDocument()
    expect(within(row(/^MedicationRequest/)).getByText(/^shown/)).toBeInTheDocument()
  })

  it('a server error makes the row "failed: …" with a retry that recovers', async () => {
    const session = testSession(sandbox, vendor, 'hana', { mode: 'clinician' })
    server.use(
      http.get(`${session.fhirBase}/MedicationRequest`, () =>
        HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'fatal', code: 'exception', diagnostics: 'Database unavailable' }] },
          { status: 500 },
        ),
      ),
    )
    renderPanel(session, { mode: 'clinician' })
    await allQueriesDone()
    const meds = row(/^MedicationRequest/)
    expect(within(meds).getByText('failed: the server had an error')).toBeInTheDocument()
    expect(within(meds).getByTestId('failure-detail')).toHaveTextContent('HTTP 500 · Database unavailable')
    server.resetHandlers()
    await userEvent.click(within(meds).getByRole('button', { name: 'Try again: Medications' }))
    await waitFor(() => expect(within(row(/^MedicationRequest/)).queryByText(/failed/)).toBeNull())
    expect(within(row(/^MedicationRequest/)).getByText(/^(shown|empty)/)).toBeInTheDocument()
  })

  it('says when the server details cannot be read, and still shows everything else', async () => {
    const session = testSession(sandbox, vendor, 'mateo')
    server.use(http.get(`${session.fhirBase}/metadata`, () => new HttpResponse(null, { status: 500 })))
    renderPanel(session)
    const facts = screen.getByRole('region', { name: 'About the connection' })
    expect((await within(facts).findAllByText(/^could not be read: HTTP 500/)).length).toBeGreaterThan(0)
    expect(within(facts).getByText('Riverside Test Health')).toBeInTheDocument()
  })
})

describe('Data & sources, by reader', () => {
  it('Epic’s partial-record notice is shown next to the query it came with, in the user\'s words', async () => {
    const session = testSession(sandbox, 'epic', 'lorraine', { mode: 'clinician' })
    renderPanel(session, { mode: 'clinician' })
    await allQueriesDone()
    expect(within(row(/laboratory/)).getByText('About this data: the health system says its answers may not include the entire record.')).toBeInTheDocument()
    expect(screen.queryByText(/may not contain the entire record/)).toBeNull()
  })

  it('clinicians get a dense table with the launch facts; patients get plain names in a list', async () => {
    const session = testSession(sandbox, 'cerner', 'lorraine', {
      mode: 'clinician',
      requested: 'launch openid fhirUser user/Patient.read',
      expiresAt: Date.UTC(2030, 0, 15, 17, 30) / 1000,
    })
    const clinician = renderPanel(session, { mode: 'clinician' })
    await allQueriesDone()
    const results = screen.getByRole('region', { name: 'What each request returned' })
    expect(within(results).getByRole('columnheader', { name: 'Result' })).toBeInTheDocument()
    expect(within(results).getByRole('rowheader', { name: /Observation · laboratory/ })).toBeInTheDocument()
    expect(screen.getByText('From the EHR (EHR launch)')).toBeInTheDocument()
    expect(screen.getByText('A clinician')).toBeInTheDocument()
    expect(screen.getByText(/Jan 15, 2030/)).toBeInTheDocument()
    clinician.unmount()

    renderPanel(testSession(sandbox, 'cerner', 'lorraine'), { mode: 'patient' })
    const list = await allQueriesDone()
    expect(within(list).queryByRole('table')).toBeNull()
    const labs = within(list).getByText('Lab results').closest('li') as HTMLElement
    expect(within(labs).getByText(/^shown/)).toBeInTheDocument()
    expect(screen.getByText('The patient')).toBeInTheDocument()
  })

  it('names the Patient permission for whoever reads it: "Your details" to the patient, "Patient details" to a clinician', () => {
    const label = () => (screen.getByTestId('shared-types').querySelector('[data-type="Patient"]') as HTMLElement).textContent
    const clinician = renderPanel(testSession(sandbox, 'epic', 'lorraine', { mode: 'clinician' }), { mode: 'clinician' })
    expect(label()).toMatch(/^Patient details \(name, birth date, contacts\)/)
    clinician.unmount()
    renderPanel(testSession(sandbox, 'epic', 'lorraine'), { mode: 'patient' })
    expect(label()).toMatch(/^Your details \(name, birth date, contacts\)/)
  })

  it('renders in Spanish', async () => {
    const granted = FULL_SCOPE.replace(' patient/AllergyIntolerance.read', '')
    const session = testSession(sandbox, 'cerner', 'sofia', { scope: granted, requested: FULL_SCOPE })
    renderApp(<SourcesPanel session={session} />, { locale: 'es' })
    expect(screen.getByRole('heading', { name: 'Datos y fuentes' })).toBeInTheDocument()
    const results = await screen.findByRole('region', { name: 'Qué devolvió cada solicitud' })
    await waitFor(() => expect(results).not.toHaveTextContent(/cargando/), { timeout: 5000 })
    const allergies = within(results).getByText('Alergias').closest('li') as HTMLElement
    expect(within(allergies).getByText('no compartido')).toBeInTheDocument()
    expect(within(allergies).getByText('No se pidió: esta aplicación no recibió acceso.')).toBeInTheDocument()
    expect(within(results).getByText('mostrado (1)')).toBeInTheDocument()
    expect(screen.getByText('Inicio de sesión directo (standalone launch)')).toBeInTheDocument()
    expect(screen.getByTestId('shared-types').querySelector('[data-type="AllergyIntolerance"]')).toHaveTextContent('no compartido')
  })
})
