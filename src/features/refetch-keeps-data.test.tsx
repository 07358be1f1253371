// A failed refetch never takes shown data off the screen: the panel keeps the last good answer and
// says, in a small notice, what failed, when, and since when the data dates; its retry recovers.
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PatientBanner } from '../app/patient-banner.tsx'
import { AllergiesPanel } from './allergies/allergies-panel.tsx'
import { SummaryPanel } from './summary/summary-panel.tsx'
import { failSearches, renderPanel, server, sessionFor, withSandboxServer, VENDORS } from './test-fixtures.ts'
import { http, HttpResponse } from 'msw'
import { IN_PROCESS_ORIGIN } from '../../mocks/testing/msw.ts'

withSandboxServer()

const CLOCK = /\d{1,2}:\d{2}(\s?[AP]M)?/.source

describe.each(VENDORS)('on %s', (vendor) => {
  it('allergies: a 500 on refetch keeps the high-risk list and says so; Try again recovers', async () => {
    const { client } = renderPanel(<AllergiesPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByRole('heading', { name: /penicillin/i })).toBeInTheDocument()
    failSearches('AllergyIntolerance', 500)
    await act(() => client.refetchQueries())
    const notice = await screen.findByTestId('refresh-failed')
    expect(notice).toHaveTextContent(new RegExp(`^Couldn’t refresh allergies at ${CLOCK}: the server had an error\\. Showing what was loaded at ${CLOCK}\\.`))
    expect(notice.querySelector('svg[data-glyph]')).not.toBeNull()
    expect(screen.getByRole('heading', { name: /penicillin/i })).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }))
    await screen.findByRole('heading', { name: /penicillin/i })
    await expect.poll(() => screen.queryByTestId('refresh-failed')).toBeNull()
  })

  it('summary: every part keeps its data through a failed refresh', async () => {
    const { client } = renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByTestId('allergy-alert')).toHaveTextContent(/penicillins/i)
    expect(await screen.findByText('126/76 mmHg')).toBeInTheDocument()
    for (const type of ['AllergyIntolerance', 'MedicationRequest', 'Observation']) failSearches(type, 503)
    await act(() => client.refetchQueries())
    await expect.poll(() => screen.queryAllByTestId('refresh-failed').length, { timeout: 8000 }).toBe(4)
    expect(screen.getByTestId('allergy-alert')).toHaveTextContent(/penicillins/i)
    expect(screen.getByText('126/76 mmHg')).toBeInTheDocument()
    expect(screen.getByText(/^lisinopril 10 mg oral tablet$/i)).toBeInTheDocument()
    expect(screen.getAllByTestId('refresh-failed')[0]).toHaveTextContent('the server is unavailable')
  }, 20_000)

  it('banner: the patient’s identity survives a failed Patient read, with its own retry', async () => {
    const session = sessionFor(vendor, 'lorraine')
    const { client } = renderPanel(<PatientBanner session={session} />)
    expect(await screen.findByTestId('patient-name')).toHaveTextContent('Lorraine')
    server.use(http.get(`${IN_PROCESS_ORIGIN}/*/Patient/:id`, () => new HttpResponse('<html><title>Bad gateway</title></html>', { status: 502, headers: { 'x-request-id': 'req-42' } })))
    await act(() => client.refetchQueries())
    const notice = await screen.findByTestId('refresh-failed')
    expect(screen.getByTestId('patient-name')).toHaveTextContent('Lorraine')
    expect(notice).toHaveTextContent('Couldn’t refresh the patient’s details')
    expect(within(notice).getByTestId('failure-detail')).toHaveTextContent('HTTP 502 · Bad gateway · correlation id req-42')
    server.resetHandlers()
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }))
    await expect.poll(() => screen.queryByTestId('refresh-failed')).toBeNull()
  })

  it('banner: a first read that fails says why (never an empty reason) and retries', async () => {
    server.use(http.get(`${IN_PROCESS_ORIGIN}/*/Patient/:id`, () => new HttpResponse(null, { status: 404 })))
    renderPanel(<PatientBanner session={sessionFor(vendor, 'lorraine')} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Couldn’t load the patient’s details. The health system could not find this information.')
    expect(within(alert).getByTestId('failure-detail')).toHaveTextContent('HTTP 404')
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await expect.poll(() => screen.queryByTestId('patient-name')?.textContent).toMatch(/Lorraine/)
  })
})
