// The vitals panel against the in-process sandbox (both vendors' real shapes, through MSW): latest
// values, trends, the modes, the empty / not-shared / not-supported / failed states and Spanish.
import { fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSandbox } from '../../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../../mocks/testing/msw.ts'
import { bpCategory } from '../../domain/vital-ranges.ts'
import type { ProvenanceTarget } from '../provenance/provenance-context.tsx'
import { failPagesFrom, patient, renderVitals, vitalsSession, type Vendor } from './test-fixtures.ts'

const sandbox = createSandbox()
const server = setupServer(...sandboxHandlers(sandbox))
const requests: string[] = []

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url).pathname))
})
afterAll(() => server.close())
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})

const lorraine = patient('lorraine')
const lorraineVitals = lorraine.vitals()
const latestBp = lorraineVitals.filter((v) => v.kind === 'bp').sort((a, b) => b.effective.localeCompare(a.effective))[0]
const latestTemp = lorraineVitals.filter((v) => v.kind === 'temperature').sort((a, b) => b.effective.localeCompare(a.effective))[0]
const bpText = `${latestBp.systolic}/${latestBp.diastolic} mmHg`
const vendors: Vendor[] = ['epic', 'cerner']
const BP_CATEGORY = { normal: 'Normal blood pressure', elevated: 'Elevated blood pressure', 'stage-1': 'High blood pressure, stage 1', 'stage-2': 'High blood pressure, stage 2', crisis: 'Very high' }

describe.each(vendors)('vitals panel (%s)', (vendor) => {
  it('patient mode: plain sentences, BP as systolic/diastolic, both temperature units, a trend per kind', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'))
    expect(await screen.findByText(`All ${lorraineVitals.length} readings loaded.`)).toBeInTheDocument()
    const bp = screen.getByText(/^Blood pressure: /)
    expect(bp).toHaveTextContent(new RegExp(`^Blood pressure: ${bpText} — taken \\w{3} \\d{1,2}, \\d{4}$`))
    const c = latestTemp.value!
    const f = ((c * 9) / 5 + 32).toFixed(1)
    expect(screen.getByText(/^Temperature: /)).toHaveTextContent(`Temperature: ${c} °C (${f} °F)`)
    // Lorraine is an adult: her blood pressure gets its ACC/AHA category, her other vitals the usual adult range.
    expect(screen.getByTestId('bp-category')).toHaveTextContent(BP_CATEGORY[bpCategory(latestBp.systolic!, latestBp.diastolic!, true)!])
    const heartRate = screen.getByText(/^Heart rate: /).parentElement as HTMLElement
    expect(within(heartRate).getByTestId('usual-range')).toHaveTextContent(/Usual for adults: 60–100 beats\/min$/)
    const spo2 = screen.getByText(/^Oxygen level \(SpO2\): /).parentElement as HTMLElement
    expect(within(spo2).getByTestId('usual-range')).toHaveTextContent(/^Usual for adults: 95 % or more$/)
    const latestBmi = lorraineVitals.filter((v) => v.kind === 'bmi').sort((a, b) => b.effective.localeCompare(a.effective))[0]
    const bmi = screen.getByText(/^Body mass index \(BMI\): /).parentElement as HTMLElement
    expect(within(bmi).getByTestId('usual-range')).toHaveTextContent(latestBmi.value! > 24.9 ? /^Above the usual range\. Usual for adults: 18\.5–24\.9/ : /^Usual for adults: 18\.5–24\.9/)

    const chart = screen.getByRole('img', { name: /^Blood pressure trend: \d+ readings from/ })
    expect(chart.getAttribute('aria-label')).toMatch(/Systolic from \d+ to \d+ mmHg; Diastolic from \d+ to \d+ mmHg/)
    const legend = screen.getByRole('list', { name: 'Legend' })
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Systolic', 'Diastolic'])
    for (const name of ['Heart rate', 'Temperature', 'Weight', 'Height', 'Body mass index (BMI)']) {
      expect(screen.getByRole('img', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} trend`) })).toBeInTheDocument()
    }
    // Next to the latest value and again on its row in the list of all readings.
    expect(screen.getAllByRole('button', { name: new RegExp(`^More about Blood pressure ${bpText} on `) })).toHaveLength(2)
  })

  it('clinician mode: a dense table of latest values with dates and times', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'), { mode: 'clinician' })
    const table = await screen.findByRole('table', { name: 'Latest readings' })
    expect(within(table).getByRole('columnheader', { name: 'Latest' })).toBeInTheDocument()
    const row = within(table).getByRole('rowheader', { name: 'BP' }).closest('tr') as HTMLElement
    expect(row).toHaveTextContent(bpText)
    expect(row).toHaveTextContent(/\d{1,2}:\d{2}\s?[AP]M/)
    expect(screen.queryByText(/^Blood pressure: /)).not.toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: 'Usual (adults)' })).toBeInTheDocument()
    const heartRate = within(table).getByRole('rowheader', { name: 'Heart rate' }).closest('tr') as HTMLElement
    await within(heartRate).findByText('60–100 beats/min')
  })

  it('a child gets no adult range and no blood-pressure category', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'sofia'))
    // The patient's age arrives with its own query; the list says when it knows the patient is a child.
    await screen.findByText(/^Weight: /)
    await vi.waitFor(() => expect(document.querySelector('[data-adult="false"]')).not.toBeNull())
    expect(screen.queryByTestId('usual-range')).toBeNull()
    expect(screen.queryByTestId('bp-category')).toBeNull()
  })

  it('every value opens its provenance', async () => {
    const opened: ProvenanceTarget[] = []
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'), { onProvenance: (t) => opened.push(t) })
    const latest = await screen.findByText(/^Blood pressure: /)
    fireEvent.click(within(latest.closest('li') as HTMLElement).getByRole('button', { name: /^More about Blood pressure / }))
    expect(opened).toHaveLength(1)
    expect(opened[0].label).toMatch(new RegExp(`^Blood pressure ${bpText} on `))
    expect(opened[0].field).toBe('systolic')
    expect(opened[0].provenance.resourceType).toBe('Observation')
    expect(opened[0].provenance.fields.systolic?.path).toMatch(/^component\[\d\]\.valueQuantity$/)
  })

  it('opens each chart as a complete table', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'))
    fireEvent.click(await screen.findByText('Show Weight as a table'))
    const table = await screen.findByRole('table', { name: 'Weight readings, newest first' })
    const weights = lorraineVitals.filter((v) => v.kind === 'weight')
    expect(table).toHaveAttribute('aria-rowcount', String(weights.length + 1))
    expect(within(table).getAllByRole('row')).toHaveLength(weights.length + 1)
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/kg \(\d+(\.\d)? lb\)/)
  })

  it('vitals not shared: says so and asks nothing', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine', 'patient/Patient.read'))
    expect(await screen.findByText('Not shared with this app.')).toBeInTheDocument()
    expect(requests.filter((p) => p.endsWith('/Observation'))).toEqual([])
  })

  it('nothing recorded', async () => {
    server.use(
      http.get(`${IN_PROCESS_ORIGIN}/*/Observation`, () => HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] })),
    )
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'))
    expect(await screen.findByText('No vital signs recorded.')).toBeInTheDocument()
  })

  it('not supported (400 OperationOutcome)', async () => {
    failPagesFrom(server, sandbox, 0, 400)
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'))
    expect(await screen.findByText(/does not provide this information to apps/)).toBeInTheDocument()
  })

  it('a failed first page shows an error, and retry loads the readings', async () => {
    const fault = failPagesFrom(server, sandbox, 0, 500)
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Couldn’t load vital signs.')
    fault.heal()
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(`All ${lorraineVitals.length} readings loaded.`)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('renders in Spanish', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'lorraine'), { locale: 'es' })
    expect(await screen.findByText(`Se cargaron las ${lorraineVitals.length} mediciones.`)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Signos vitales' })).toBeInTheDocument()
    expect(screen.getByText(/^Presión arterial: /)).toHaveTextContent(new RegExp(`^Presión arterial: ${bpText} — fecha: `))
    expect(screen.getByRole('img', { name: /^Tendencia de Presión arterial: / })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Periodo mostrado' })).toHaveTextContent('7 días30 días1 añoTodo')
    expect(screen.getByRole('region', { name: /^Todas las mediciones de signos vitales/ })).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Leyenda' })).toHaveTextContent('SistólicaDiastólica')
    // Epic's standard notice comes once, in Spanish, never as the server's English.
    if (vendor === 'epic') expect(screen.getAllByText(/^Sobre estos datos: el sistema de salud indica/)).toHaveLength(1)
    expect(screen.queryByText(/entire record/)).toBeNull()
  })
})

describe.each(vendors)('readings that cannot be right (%s)', (vendor) => {
  const mateoVitals = patient('mateo').vitals()

  it('are listed with a visible marker, and never the latest value or on a trend axis', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'mateo'))
    expect(await screen.findByText(`All ${mateoVitals.length} readings loaded.`)).toBeInTheDocument()
    const list = screen.getByRole('table', { name: 'All vital sign readings, newest first' })
    const row = (text: RegExp) => within(list).getAllByRole('row').filter((r) => text.test(r.textContent ?? ''))
    // Newest first: the temperature dated 2099 heads the list, marked; the 1/1 blood pressure too.
    expect(row(/2099/)).toHaveLength(1)
    expect(row(/2099/)[0]).toHaveTextContent('36.9 °C')
    expect(row(/2099/)[0]).toHaveTextContent('(date looks wrong)')
    expect(row(/1\/1 mmHg/)[0]).toHaveTextContent('(value looks wrong)')

    expect(screen.getByText(/^Temperature: /)).not.toHaveTextContent('2099')
    expect(screen.getByText(/^Blood pressure: /)).not.toHaveTextContent('1/1 mmHg')
    for (const name of ['Temperature', 'Blood pressure', 'Heart rate', 'Weight']) {
      const chart = screen.getByRole('img', { name: new RegExp(`^${name} trend`) })
      expect(chart.getAttribute('aria-label')).not.toMatch(/2099|1969|1970|from 1 to/)
    }
  })

  it('say so in Spanish', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'mateo'), { locale: 'es' })
    const list = await screen.findByRole('table', { name: 'Todas las mediciones de signos vitales, de la más reciente a la más antigua' })
    expect(within(list).getAllByRole('row').find((r) => /2099/.test(r.textContent ?? ''))).toHaveTextContent('(la fecha parece errónea)')
  })
})
