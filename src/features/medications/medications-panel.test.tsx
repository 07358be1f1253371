// The medication list against the in-process emulator of both servers: grouping, reported versus
// prescribed, compound ingredients, the two view modes, every list state and Spanish.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MedicationsPanel } from './medications-panel.tsx'
import { emptySearches, failSearches, renderPanel, requests, server, sessionFor, withSandboxServer, VENDORS } from '../test-fixtures.ts'

withSandboxServer()

const group = (name: RegExp) => screen.findByRole('region', { name })
const card = (name: RegExp) => screen.getByRole('heading', { name }).closest('article') as HTMLElement

describe.each(VENDORS)('medications on %s', (vendor) => {
  it('patient view: current first, stopped and completed apart, in plain language', async () => {
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'patient' })
    const current = await group(/^Current medications/)
    const past = screen.getByRole('region', { name: /^Stopped or completed/ })
    expect(current.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The RxNorm name in the words a patient reads.
    expect(within(current).getByRole('heading', { name: /^Lisinopril 10 mg oral tablet/ })).toBeInTheDocument()
    expect(within(current).queryByRole('heading', { name: /amlodipine/i })).toBeNull()
    expect(within(past).getByRole('heading', { name: /amlodipine/i })).toBeInTheDocument()
    expect(within(past).getByRole('heading', { name: /azithromycin/i })).toBeInTheDocument()
    expect(within(card(/amlodipine/i)).getByText('Stopped')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()

    const lisinopril = card(/lisinopril/i)
    expect(lisinopril).toHaveTextContent(/Take 1 tablet \(10 mg total\) by mouth daily/)
    expect(lisinopril).toHaveTextContent(/prescribed by .*Kaur/)
    expect(within(lisinopril).getByText('Prescribed')).toBeInTheDocument()
  })

  it('a stopped medication whose order has no end date is listed as stopped, not current', async () => {
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'hana')} />, { mode: 'patient' })
    const current = await group(/^Current medications/)
    const past = screen.getByRole('region', { name: /^Stopped or completed/ })
    expect(within(current).getByRole('heading', { name: /sumatriptan/i })).toBeInTheDocument()
    expect(within(current).queryByRole('heading', { name: /sertraline/i })).toBeNull()
    expect(within(past).getByRole('heading', { name: /sertraline/i })).toBeInTheDocument()
    expect(within(card(/sertraline/i)).getByText('Stopped')).toBeInTheDocument()
  })

  it('labels the ibuprofen the patient reported, and lists the IV mixture’s ingredients', async () => {
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'patient' })
    await group(/^Current medications/)
    const ibuprofen = card(/ibuprofen/i)
    expect(within(ibuprofen).getByText('Patient-reported')).toBeInTheDocument()
    expect(within(ibuprofen).queryByText('Prescribed')).toBeNull()
    expect(ibuprofen).toHaveTextContent('Only when needed')

    const kcl = card(/potassium chloride .* IV solution/i)
    if (vendor === 'cerner') return // Oracle Health sends IV mixtures without ingredients (§8.5)
    const ingredients = within(kcl).getByRole('list', { name: 'Ingredients' })
    const items = within(ingredients).getAllByRole('listitem').map((li) => li.textContent)
    expect(items).toEqual([expect.stringMatching(/^potassium chloride 20 mEq/), expect.stringMatching(/^sodium chloride/)])
    // A plain tablet does not repeat itself as its own ingredient.
    expect(within(card(/lisinopril/i)).queryByRole('list', { name: 'Ingredients' })).toBeNull()
  })

  it('clinician view: dense tables with prescriber, dates and source', async () => {
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const current = await screen.findByRole('table', { name: /^Current medications/ })
    const past = screen.getByRole('table', { name: /^Stopped or completed/ })
    expect(within(current).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Medication', 'Instructions', 'Prescriber', 'Dates', 'Source'])
    // Clinicians get the name as the server sent it (Oracle Health sends its own lower-case synonym).
    const sent = { epic: /^lisinopril 10 MG Oral Tablet/, cerner: /^lisinopril 10 mg oral tablet/ }[vendor]
    const lisinopril = within(current).getByRole('rowheader', { name: sent }).closest('tr') as HTMLElement
    expect(lisinopril).toHaveTextContent(/Kaur/)
    expect(lisinopril).toHaveTextContent(/Start Nov 12, 2024/)
    expect(within(lisinopril).getByText('Prescribed')).toBeInTheDocument()
    const ibuprofen = within(current).getByRole('rowheader', { name: /ibuprofen/i }).closest('tr') as HTMLElement
    expect(within(ibuprofen).getByText('Patient-reported')).toBeInTheDocument()
    expect(ibuprofen).toHaveTextContent(/As needed/)
    const amlodipine = within(past).getByRole('rowheader', { name: /amlodipine/i }).closest('tr') as HTMLElement
    expect(amlodipine).toHaveTextContent('Stopped')
    expect(amlodipine).toHaveTextContent(/End May 20, 2025/)
    expect(within(past).getByRole('rowheader', { name: /potassium chloride/i })).toHaveTextContent(/sodium chloride/)
    expect(requests.filter((p) => p.endsWith('/MedicationRequest')).length).toBeGreaterThan(0)
  })

  it('opens the provenance of an entry', async () => {
    const user = userEvent.setup()
    const { opened } = renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    await user.click(await screen.findByRole('button', { name: /^More about lisinopril/i }))
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({ label: expect.stringMatching(/lisinopril/i), field: 'name', provenance: { resourceType: 'MedicationRequest' } })
  })

  it('says "not shared" when the grant leaves medications out, without asking the server', async () => {
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine', 'patient/Patient.read patient/AllergyIntolerance.read')} />)
    expect(await screen.findByText('Not shared with this app.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^Current medications/ })).toBeNull()
    expect(requests.filter((p) => p.endsWith('/MedicationRequest'))).toEqual([])
  })

  it('says when nothing is on file', async () => {
    emptySearches('MedicationRequest')
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByText('No medications on file.')).toBeInTheDocument()
  })

  it('says when the server cannot search medications', async () => {
    failSearches('MedicationRequest', 400)
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByText(/does not provide this information to apps/)).toBeInTheDocument()
  })

  it('shows a failure with a retry that recovers', async () => {
    const user = userEvent.setup()
    failSearches('MedicationRequest', 500)
    renderPanel(<MedicationsPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Couldn’t load/)
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('region', { name: /^Current medications/ })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('medications in Spanish', () => {
  it('translates groups, badges and plain-language lines', async () => {
    renderPanel(<MedicationsPanel session={sessionFor('cerner', 'lorraine')} />, { mode: 'patient', locale: 'es' })
    expect(await screen.findByRole('heading', { name: 'Medicamentos', level: 2 })).toBeInTheDocument()
    await group(/^Medicamentos actuales/)
    expect(screen.getByRole('region', { name: /^Suspendidos o terminados/ })).toBeInTheDocument()
    expect(within(card(/ibuprofen/i)).getByText('Informado por el paciente')).toBeInTheDocument()
    expect(card(/lisinopril/i)).toHaveTextContent(/recetado por .*Kaur/)
    expect(within(card(/potassium chloride/i)).getByText(/cloruro|chloride/i)).toBeInTheDocument()
    expect(within(card(/amlodipine/i)).getByText('Suspendido')).toBeInTheDocument()
  })
})
