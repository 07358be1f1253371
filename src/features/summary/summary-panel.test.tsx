import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { emptySearches, failSearches, renderPanel, requests, sessionFor, withSandboxServer, VENDORS } from '../test-fixtures.ts'
import { SummaryPanel } from './summary-panel.tsx'

withSandboxServer()

const NO_OBSERVATIONS = 'patient/Patient.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

const part = (name: string) => screen.getByRole('region', { name })
const partTitles = () => within(screen.getByRole('region', { name: /^(Summary|Resumen)$/ })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe.each(VENDORS)('Summary on %s', (vendor) => {
  it('Lorraine: high-criticality allergies come first, as an alert with substance and reaction', async () => {
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const alert = await screen.findByTestId('allergy-alert')
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
    expect(alert).toHaveTextContent('High-risk allergies')
    expect(alert).toHaveTextContent(/penicillins — Hives, Anaphylaxis \(severe\)/i)
    expect(alert).toHaveTextContent(/peanut — Angioedema/i)
    // Lower criticality is listed under the alert, not in it; refuted and retracted ones not at all.
    expect(alert).not.toHaveTextContent(/latex/i)
    expect(part('Allergies')).toHaveTextContent(/latex — Itching \(mild\) · unconfirmed/i)
    expect(part('Allergies')).not.toHaveTextContent(/codeine|sulfonamide/i)
    expect(within(part('Allergies')).getByRole('link', { name: 'All allergies' })).toHaveAttribute('href', '#allergies')
  })

  it('Lorraine: active medications, latest vitals and abnormal latest labs, each linking to its section', async () => {
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const meds = part('Active medications')
    expect(await within(meds).findByText(/^lisinopril 10 mg oral tablet$/i)).toBeInTheDocument()
    expect(meds).not.toHaveTextContent(/amlodipine|azithromycin/i)
    expect(within(meds).getByRole('link', { name: 'All medications' })).toHaveAttribute('href', '#medications')

    const vitals = part('Latest vitals')
    expect(await within(vitals).findByText('126/76 mmHg')).toBeInTheDocument()
    expect(within(vitals).getByText('36.6 °C')).toBeInTheDocument()
    expect(within(vitals).getByRole('link', { name: 'All vitals' })).toHaveAttribute('href', '#vitals')

    const labs = part('Recent abnormal labs')
    const a1c = (await within(labs).findByText('Hemoglobin A1c')).closest('li') as HTMLElement
    expect(a1c).toHaveTextContent('High')
    expect(a1c).toHaveTextContent('6.7 %')
    // The latest potassium is normal again: the summary lists only abnormal latest results.
    expect(labs).not.toHaveTextContent('Potassium')
    expect(within(labs).getByRole('link', { name: 'All lab results' })).toHaveAttribute('href', '#labs')
  })

  it('values open their provenance', async () => {
    const { opened } = renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    await userEvent.click(await screen.findByRole('button', { name: /^Where this came from: Hemoglobin A1c 6\.7 %/ }))
    expect(opened[0]).toMatchObject({ field: 'value', provenance: { resourceType: 'Observation' } })
    await userEvent.click(screen.getByRole('button', { name: /^Where this came from: penicillins$/i }))
    expect(opened[1]?.provenance.resourceType).toBe('AllergyIntolerance')
  })

  it('labs and vitals not shared say "not shared", never "nothing recorded", and the rest still shows', async () => {
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine', NO_OBSERVATIONS)} />)
    expect(await within(part('Recent abnormal labs')).findByText('Not shared with this app.')).toBeInTheDocument()
    expect(await within(part('Latest vitals')).findByText('Not shared with this app.')).toBeInTheDocument()
    expect(part('Recent abnormal labs')).not.toHaveTextContent(/recorded/)
    expect(await within(part('Active medications')).findByText(/^metformin/i)).toBeInTheDocument()
    expect(requests.filter((r) => r.endsWith('/Observation'))).toEqual([])
  })

  it('one part failing or unsupported leaves the others in place', async () => {
    failSearches('AllergyIntolerance', 500)
    failSearches('MedicationRequest', 400)
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const allergies = part('Allergies')
    expect(await within(allergies).findByRole('alert')).toHaveTextContent(/^Could not load/)
    expect(within(allergies).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(await within(part('Active medications')).findByText('This health system does not provide it.')).toBeInTheDocument()
    expect(await within(part('Recent abnormal labs')).findByText('Hemoglobin A1c')).toBeInTheDocument()
    // Without an allergy list there is nothing to put first.
    expect(partTitles().at(-1)).toBe('Allergies')
  })

  it('an empty lab list says nothing was recorded', async () => {
    emptySearches('Observation', 'laboratory')
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await within(part('Recent abnormal labs')).findByText('No lab results recorded.')).toBeInTheDocument()
    expect(await within(part('Latest vitals')).findByText('126/76 mmHg')).toBeInTheDocument()
  })
})

describe('Walter: allergies never asked, worded as each server’s list state says', () => {
  it.each([
    ['epic', /marked “not on file”: they have not been asked about or reviewed yet/],
    ['cerner', /No allergy information was ever recorded: allergies have never been asked about/],
  ] as const)('%s', async (vendor, wording) => {
    renderPanel(<SummaryPanel session={sessionFor(vendor, 'walter')} />)
    const allergies = part('Allergies')
    expect(await within(allergies).findByText(wording)).toBeInTheDocument()
    expect(allergies).not.toHaveTextContent(/Not shared|Nothing recorded|No known allergies/)
    // No high-risk allergy: allergies come after the rest.
    expect(partTitles()).toEqual(['Active medications', 'Latest vitals', 'Recent abnormal labs', 'Allergies'])
  })

  it('cerner: Hana’s "no known drug allergies" is said as such', async () => {
    renderPanel(<SummaryPanel session={sessionFor('cerner', 'hana')} />)
    expect(await within(part('Allergies')).findByText('No known drug allergies.')).toBeInTheDocument()
  })
})

describe('Summary modes and language', () => {
  it('clinician sees the prescriber’s sig and source test names; patient the instructions and plain names', async () => {
    const clinician = renderPanel(<SummaryPanel session={sessionFor('cerner', 'lorraine')} />, { mode: 'clinician' })
    expect(await within(part('Active medications')).findByText('10 mg = 1 tab, Oral, daily')).toBeInTheDocument()
    expect(await within(part('Recent abnormal labs')).findByText('Hemoglobin A1c/Hemoglobin.total in Blood')).toBeInTheDocument()
    clinician.unmount()
    renderPanel(<SummaryPanel session={sessionFor('cerner', 'lorraine')} />, { mode: 'patient' })
    expect(await within(part('Active medications')).findByText(/^Take 1 tablet \(10 mg total\) by mouth daily\. Take in the morning/)).toBeInTheDocument()
    expect(await within(part('Recent abnormal labs')).findByText('Hemoglobin A1c')).toBeInTheDocument()
  })

  it('renders titles, flags and allergy words in Spanish', async () => {
    renderPanel(<SummaryPanel session={sessionFor('epic', 'lorraine')} />, { locale: 'es' })
    expect(screen.getByRole('heading', { level: 2, name: 'Resumen' })).toBeInTheDocument()
    expect(await screen.findByTestId('allergy-alert')).toHaveTextContent('Alergias de alto riesgo')
    expect(partTitles()).toEqual(['Alergias', 'Medicamentos activos', 'Últimos signos vitales', 'Análisis anormales recientes'])
    const a1c = (await within(part('Análisis anormales recientes')).findByText('Hemoglobina A1c')).closest('li') as HTMLElement
    expect(a1c).toHaveTextContent('Alto')
    expect(part('Alergias')).toHaveTextContent('(grave)')
  })
})
