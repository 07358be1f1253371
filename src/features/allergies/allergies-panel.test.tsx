// The allergy list against the in-process emulator of both servers: criticality, reactions, the
// distinct "nothing to show" states, retracted entries, both view modes, failures and Spanish.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { issues } from '../../../mocks/vendors/epic/fhir/outcomes.ts'
import { emptySearches, emptySearchesWithOutcome, failSearches, renderPanel, requests, server, sessionFor, withSandboxServer, VENDORS, type Vendor } from '../test-fixtures.ts'
import { AllergiesPanel } from './allergies-panel.tsx'

withSandboxServer()

const NO_ALLERGY_SCOPE = 'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/Medication.read'
const STATES = ['No known allergies', 'No known drug allergies', 'Not on file', 'Not asked', 'Not shared', 'No allergies listed for this app']
const row = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement
const card = (name: RegExp) => screen.getByRole('heading', { name }).closest('article') as HTMLElement

/** Renders and returns the one state line shown, checking that no other state's wording appears. */
async function stateShown(vendor: Vendor, who: string, scope?: string): Promise<string> {
  renderPanel(<AllergiesPanel session={sessionFor(vendor, who, scope)} />)
  const headline = await screen.findByText((_, el) => el?.tagName === 'P' && STATES.some((s) => el.textContent?.endsWith(s)))
  const text = headline.textContent ?? ''
  for (const other of STATES.filter((s) => !text.endsWith(s))) expect(screen.queryByText(other)).toBeNull()
  expect(screen.queryByRole('table')).toBeNull()
  return text.trim()
}

describe.each(VENDORS)('allergies on %s', (vendor) => {
  it('clinician view: Lorraine’s penicillin is high criticality with hives and anaphylaxis', async () => {
    renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const table = await screen.findByRole('table', { name: 'Allergies' })
    const penicillin = row(/penicillin/i)
    const badge = within(penicillin).getByText('High criticality')
    expect(badge.querySelector('svg[data-glyph]')).not.toBeNull()
    expect(penicillin).toHaveTextContent('Hives (moderate)')
    expect(penicillin).toHaveTextContent('Anaphylaxis (severe)')
    expect(penicillin).toHaveTextContent('Active')
    expect(penicillin).toHaveTextContent('Confirmed')
    expect(penicillin).toHaveTextContent(/Onset Jun 1, 1994/)
    expect(penicillin).toHaveTextContent(/Recorded Nov 12, 2024/)
    const latex = row(/latex/i)
    expect(latex).toHaveTextContent('Unconfirmed')
    expect(latex).toHaveTextContent('Low criticality')
    expect(within(latex).queryByText('High criticality')).toBeNull()
    // High criticality first.
    const names = within(table).getAllByRole('rowheader').map((h) => h.textContent?.toLowerCase() ?? '')
    expect(names.findIndex((n) => n.includes('latex'))).toBeGreaterThan(names.findIndex((n) => n.includes('penicillin')))
  })

  it('hides entered-in-error and refuted entries behind a line and a toggle', async () => {
    const user = userEvent.setup()
    renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    await screen.findByRole('table', { name: 'Allergies' })
    expect(screen.getByText('2 entries marked as entered in error or refuted are not shown.')).toBeInTheDocument()
    expect(screen.queryByText(/codeine/i)).toBeNull()
    expect(screen.queryByText(/sulfonamide/i)).toBeNull()

    const toggle = screen.getByRole('button', { name: 'Show them' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    const hidden = await screen.findByRole('list', { name: 'Entries marked as entered in error or refuted' })
    const codeine = within(hidden).getByText(/codeine/i)
    expect(codeine.tagName).toBe('S')
    expect(codeine.closest('li')).toHaveTextContent('Refuted')
    // Both servers keep the retracted entry's substance: the Oracle Health recordings showed entered-in-error
    // allergies with their code intact (vendors.md §8), not the data-absent "error" code the docs describe.
    const retracted = within(hidden).getAllByRole('listitem').find((li) => li !== codeine.closest('li'))
    expect(retracted).toHaveTextContent(/Sulfonamide.*Entered in error/i)
    expect(within(hidden).getAllByRole('button', { name: /^More about/ })).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Hide them' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('patient view: cards in plain words, the serious allergy marked with icon and text', async () => {
    const user = userEvent.setup()
    const { opened } = renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'patient' })
    await screen.findByRole('heading', { name: /penicillin/i })
    expect(screen.queryByRole('table')).toBeNull()
    const penicillin = card(/penicillin/i)
    expect(within(penicillin).getByText('High risk: can cause a serious reaction').querySelector('svg[data-glyph]')).not.toBeNull()
    expect(penicillin).toHaveTextContent(/Reactions:.*Hives \(moderate\).*Anaphylaxis \(severe\)/)
    expect(penicillin).toHaveTextContent(/Since Jun 1, 1994/)
    expect(card(/latex/i)).toHaveTextContent('Low risk')
    await user.click(within(penicillin).getByRole('button', { name: /^More about penicillin/i }))
    expect(opened[0]).toMatchObject({ field: 'substance', provenance: { resourceType: 'AllergyIntolerance' } })
  })

  it('not shared: a token without allergies makes no request and says so', async () => {
    expect(await stateShown(vendor, 'hana', NO_ALLERGY_SCOPE)).toBe('Not shared')
    expect(screen.getByText(/This app was not given access to allergies/)).toBeInTheDocument()
    expect(requests.filter((p) => p.endsWith('/AllergyIntolerance'))).toEqual([])
  })

  it('the server refusing the search is a failure with its own sentence, never a list state', async () => {
    failSearches('AllergyIntolerance', 403)
    renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Couldn’t load allergies. The health system did not allow this app to read this.')
    expect(within(alert).getByTestId('failure-detail')).toHaveTextContent('HTTP 403')
    for (const s of STATES) expect(screen.queryByText(s)).toBeNull()
  })

  it('says when the server cannot search allergies, which is not a state of the list', async () => {
    failSearches('AllergyIntolerance', 400)
    renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByText(/does not provide this information to apps/)).toBeInTheDocument()
    for (const s of STATES) expect(screen.queryByText(s)).toBeNull()
  })

  it('shows a failure with a retry that recovers', async () => {
    const user = userEvent.setup()
    failSearches('AllergyIntolerance', 500)
    renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Couldn’t load/)
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: /penicillin/i })).toBeInTheDocument()
  })
})

describe('allergy list states read differently', () => {
  it.each<[Vendor, string, string]>([
    ['epic', 'mateo', 'Not on file'],
    ['cerner', 'mateo', 'No known allergies'],
    ['cerner', 'hana', 'No known drug allergies'],
    ['cerner', 'walter', 'Not asked'],
    ['epic', 'walter', 'Not on file'],
  ])('%s / %s: %s', async (vendor, who, expected) => {
    expect(await stateShown(vendor, who)).toBe(expected)
  })

  it('no known drug allergies says food and other allergies may not have been asked', async () => {
    await stateShown('cerner', 'hana')
    expect(screen.getByText(/Allergies to food or other things may not have been asked about/)).toBeInTheDocument()
  })
})

// Epic puts a 59204 "suppressed" warning on every search (vendors.md §8.3): an empty answer carrying it
// is an empty list with a caveat, and says nothing about whether allergies were ever asked about.
const withheldEmpty = () => emptySearchesWithOutcome('AllergyIntolerance', issues.suppressed('AllergyIntolerance', 'Outside Record'), issues.noResults())

describe('an empty allergy answer with some kinds of records withheld from the app', () => {
  it('clinician: no allergies listed for this app, some withheld, check the EHR; never "not asked"', async () => {
    withheldEmpty()
    renderPanel(<AllergiesPanel session={sessionFor('epic', 'walter')} />, { mode: 'clinician' })
    expect(await screen.findByText('No allergies listed for this app')).toBeInTheDocument()
    expect(screen.getByText(/withholds some kinds of allergy records from this app\. This is not a statement of no known allergies: check the allergy list in the EHR/)).toBeInTheDocument()
    for (const other of STATES.filter((s) => s !== 'No allergies listed for this app')) expect(screen.queryByText(other)).toBeNull()
    expect(screen.queryByText(/no allergy record at all|never have been asked/)).toBeNull()
    // Said once, in the state itself, not again as a note under it.
    expect(screen.queryByText('Some kinds of records may be withheld from apps by the health system.')).toBeNull()
  })

  it('patient: says there may be allergies the app cannot show', async () => {
    withheldEmpty()
    expect(await stateShown('epic', 'walter')).toBe('No allergies listed for this app')
    expect(screen.getByText(/keeps some kinds of allergy records from this app, so there may be allergies it cannot show you/)).toBeInTheDocument()
  })

  it('without the server’s note, an empty answer still says "not asked"', async () => {
    emptySearches('AllergyIntolerance')
    expect(await stateShown('epic', 'walter')).toBe('Not asked')
  })
})

describe('allergies in Spanish', () => {
  it('translates the list and the states', async () => {
    renderPanel(<AllergiesPanel session={sessionFor('cerner', 'lorraine')} />, { mode: 'clinician', locale: 'es' })
    await screen.findByRole('table', { name: 'Alergias' })
    const penicillin = row(/penicillin/i)
    expect(within(penicillin).getByText('Gravedad potencial alta')).toBeInTheDocument()
    expect(penicillin).toHaveTextContent('Hives (moderada)')
    expect(penicillin).toHaveTextContent('Confirmada')
    expect(screen.getByText('No se muestran 2 registros marcados como ingresados por error o descartados.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mostrarlos' })).toBeInTheDocument()
  })

  it('words the withheld state in Spanish, never "not asked"', async () => {
    withheldEmpty()
    renderPanel(<AllergiesPanel session={sessionFor('epic', 'walter')} />, { locale: 'es' })
    expect(await screen.findByText('No hay alergias en la lista que recibió esta aplicación')).toBeInTheDocument()
    expect(screen.getByText(/^Su sistema de salud no comparte con esta aplicación algunos tipos de registros de alergias/)).toBeInTheDocument()
    expect(screen.queryByText('No se preguntó')).toBeNull()
  })

  it('words "no known drug allergies" in Spanish', async () => {
    renderPanel(<AllergiesPanel session={sessionFor('cerner', 'hana')} />, { locale: 'es' })
    expect(await screen.findByText('Sin alergias conocidas a medicamentos')).toBeInTheDocument()
  })
})
