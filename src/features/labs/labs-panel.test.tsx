import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LabsPanel } from './labs-panel.tsx'
import { emptySearches, failSearches, renderPanel, requests, sessionFor, withSandboxServer, VENDORS } from '../test-fixtures.ts'

withSandboxServer()

const NO_OBSERVATIONS = 'patient/Patient.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

/** Opens a test's trend from its button and returns the trend region. */
async function openTrend(name: RegExp) {
  await userEvent.click(await screen.findByRole('button', { name }))
  return screen.findByRole('region', { name: /^(Trend|Evolución):/ })
}

/** The row of the trend's table whose cells contain `text`. */
function rowWith(region: HTMLElement, text: string | RegExp) {
  const table = within(region).getByRole('table')
  const row = within(table)
    .getAllByRole('row')
    .find((r) => (typeof text === 'string' ? r.textContent?.includes(text) : text.test(r.textContent ?? '')))
  if (!row) throw new Error(`no row with ${String(text)}`)
  return row
}

// Only Epic flags its results; the critical-low reading must keep its critical level, not read as "low".
describe('a critically low result (Epic)', () => {
  it('Hana’s glucose of 36 reads "Critically low" in the trend and counts as an earlier critical', async () => {
    renderPanel(<LabsPanel session={sessionFor('epic', 'hana')} />, { mode: 'clinician' })
    const table = await screen.findByRole('table')
    const glucose = within(table).getByRole('rowheader', { name: /^Glucose/ }).closest('tr') as HTMLElement
    expect(glucose).toHaveTextContent('86 mg/dL')
    expect(glucose).toHaveTextContent('1 earlier (1 critical)')
    const trend = await openTrend(/^Glucose/)
    expect(within(rowWith(trend, '36 mg/dL')).getByText('Critically low')).toBeInTheDocument()
    expect(within(trend).getByRole('img').querySelectorAll('[data-flag="LL"]')).toHaveLength(1)
  })
})

/** The clinician table's row for the test whose button is named `name`. */
async function clinicianRow(name: string) {
  const table = await screen.findByRole('table')
  return within(table).getByRole('button', { name }).closest('tr') as HTMLElement
}

/** The cell of `row` under the column headed `column`. */
function cellUnder(row: HTMLElement, column: string) {
  const headers = within(row.closest('table') as HTMLElement).getAllByRole('columnheader')
  const index = headers.findIndex((h) => h.textContent === column)
  const cell = row.children[index]
  if (index < 0 || !(cell instanceof HTMLElement)) throw new Error(`no column ${column}`)
  return cell
}

describe.each(VENDORS)('Labs on %s', (vendor) => {
  it('clinician: a dense table of tests with latest value, range, flag, date, previous value and change', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const table = await screen.findByRole('table')
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Test', 'Result', 'Normal range', 'Flag', 'Date', 'Previous', 'Change'])
    const potassium = within(table).getByRole('rowheader', { name: 'Potassium LOINC 2823-3' })
    const row = potassium.closest('tr') as HTMLElement
    expect(cellUnder(row, 'Result')).toHaveTextContent('4.7 mmol/L')
    // Oracle Health ranges state only the high limit.
    expect(cellUnder(row, 'Normal range').textContent).toMatch(vendor === 'epic' ? /^3\.5–5\.1 mmol\/L$/ : /5\.1 mmol\/L/)
    // The re-draw two days after the critical 6.4, then the 4.7 of September.
    expect(cellUnder(row, 'Previous')).toHaveTextContent(/^5\.3 mmol\/LMay 21, 2026/)
    expect(cellUnder(row, 'Change')).toHaveTextContent('down 0.6 mmol/L')
    // The little line of all ten potassium results, ending on the latest; hidden from screen readers.
    const spark = cellUnder(row, 'Change').querySelector('svg:not([data-glyph])')
    expect(spark).toHaveAttribute('aria-hidden', 'true')
    expect(spark?.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(10)
    if (vendor === 'cerner') return
    // The past critical value is visible without opening the trend.
    expect(cellUnder(row, 'Previous')).toHaveTextContent('9 earlier (1 critical)')
  })

  it('clinician: tests are grouped under their panel, in clinical order, none left out', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const table = await screen.findByRole('table')
    const headings = within(table).getAllByRole('rowheader').filter((h) => h.getAttribute('scope') === 'rowgroup')
    expect(headings.map((h) => h.textContent)).toEqual(expect.arrayContaining(['Metabolic panel (BMP/CMP)', 'Blood count (CBC)', 'Lipids']))
    const order = headings.map((h) => h.textContent)
    expect(order.indexOf('Metabolic panel (BMP/CMP)')).toBeLessThan(order.indexOf('Blood count (CBC)'))
    expect(order.indexOf('Blood count (CBC)')).toBeLessThan(order.indexOf('Lipids'))
    const panelOfTest = (name: string | RegExp) => within(table).getByRole('rowheader', { name }).closest('tbody')?.getAttribute('data-panel')
    expect(panelOfTest('Potassium LOINC 2823-3')).toBe('metabolic')
    expect(panelOfTest(/LOINC 13457-7$/)).toBe('lipids')
  })

  it('clinician: short names, with the source’s own name kept on the button and in the trend', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const egfr = await within(await screen.findByRole('table')).findByRole('button', { name: 'eGFR' })
    expect(egfr).toHaveAccessibleDescription('Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] (CKD-EPI)')
    expect(screen.queryByRole('button', { name: /Glomerular/ })).toBeNull()
    for (const name of ['Potassium', 'Sodium', 'Creatinine', 'Glucose', 'HbA1c', 'Hemoglobin', 'WBC', 'LDL cholesterol', 'TSH', 'Urine color']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    }
    const trend = await openTrend(/^eGFR$/)
    expect(within(trend).getByRole('heading', { name: 'Trend: eGFR' })).toBeInTheDocument()
    expect(within(trend).getByText('Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] (CKD-EPI)')).toBeInTheDocument()
    expect(within(trend).getByText('LOINC 62238-1')).toBeInTheDocument()
  })

  it('clinician: the change is left out when the results are not numbers to subtract', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const urine = await clinicianRow('Urine color')
    expect(cellUnder(urine, 'Previous')).toHaveTextContent(/^Dark yellowJul \d+, 2025/)
    expect(cellUnder(urine, 'Change')).toHaveTextContent(/^—Not compared: not a number$/)
    expect(cellUnder(urine, 'Change').querySelector('svg')).toBeNull()
    // The entered-in-error 113 sits between two results: it is neither previous nor counted in the change.
    const sodium = await clinicianRow('Sodium')
    expect(cellUnder(sodium, 'Previous')).toHaveTextContent(/^137 mmol\/LMay 19, 2026/)
    expect(cellUnder(sodium, 'Change')).toHaveTextContent('up 3 mmol/L')
    const creatinine = await clinicianRow('Creatinine')
    expect(cellUnder(creatinine, 'Change')).toHaveTextContent('down 0.04 mg/dL')
  })

  it('Lorraine’s critical potassium shows "Critically high" in the trend, on the chart and in its table', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const trend = await openTrend(/^Potassium/)
    const critical = rowWith(trend, '6.4 mmol/L')
    if (vendor === 'cerner') {
      // No server flag: the app computes "High" (never "critical") and says it did.
      expect(within(critical).getByText('High')).toBeInTheDocument()
      expect(within(critical).getByText('computed by this app')).toBeInTheDocument()
      return
    }
    expect(within(critical).getByText('Critically high')).toBeInTheDocument()
    const chart = within(trend).getByRole('img')
    expect(chart.getAttribute('aria-label')).toMatch(/10 results .* highest 6\.4 mmol\/L, latest 4\.7 mmol\/L\. Shaded normal range 3\.5–5\.1 mmol\/L\./)
    expect(chart.querySelectorAll('[data-flag="HH"]')).toHaveLength(1)
    expect(within(trend).getByRole('list', { name: 'Chart key' })).toHaveTextContent('Critically high')
    expect(chart.querySelector('[data-testid="reference-band"]')).not.toBeNull()
  })

  it('creatinine: the umol/L result is converted to mg/dL by default, and shown as reported with the toggle', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const trend = await openTrend(/^Creatinine/)
    const converted = await waitFor(() => rowWith(trend, 'converted from'))
    expect(converted).toHaveTextContent('1.24 mg/dL')
    expect(converted).toHaveTextContent('converted from 110 µmol/L')
    expect(within(trend).getByRole('img').getAttribute('aria-label')).toMatch(/^Chart of .*: 9 results/)
    expect(within(trend).queryByTestId('not-plotted')).toBeNull()

    await userEvent.click(within(trend).getByRole('checkbox', { name: 'Show original units' }))
    const original = rowWith(trend, '110 µmol/L')
    expect(original).not.toHaveTextContent('1.24')
    expect(original).toHaveTextContent('Not on the chart: reported in µmol/L, the chart is in mg/dL.')
    // In reported units it cannot share the mg/dL axis: flagged and listed, not plotted.
    expect(within(trend).getByTestId('not-plotted')).toHaveTextContent('110 µmol/L')
    expect(within(trend).getByRole('img').getAttribute('aria-label')).toMatch(/: 8 results/)
  })

  it('an entered-in-error sodium is left off the chart and struck through in the table', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const trend = await openTrend(/^Sodium/)
    const retracted = await waitFor(() => rowWith(trend, 'Entered in error'))
    expect(retracted.querySelector('s')).not.toBeNull()
    expect(within(retracted).queryByText('Critically low')).toBeNull()
    expect(within(trend).getByRole('img').getAttribute('aria-label')).toMatch(/: 8 results/)
    expect(within(trend).getByTestId('not-plotted')).toHaveTextContent('Results entered in error, left off the chart: 1')
  })

  it('a text result (urine colour) has a table and no chart', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const trend = await openTrend(/^Urine color$/)
    expect(within(trend).queryByRole('img')).toBeNull()
    expect(within(trend).getByText(/words, not numbers/)).toBeInTheDocument()
    if (vendor === 'epic') expect(within(rowWith(trend, 'Dark yellow')).getByText('Abnormal')).toBeInTheDocument()
  })

  it('patient: cards in plain words, no table', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'patient' })
    expect(await screen.findByRole('button', { name: 'Potassium' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
    // Plain names, not the clinician's abbreviations, and no previous/change arrows.
    expect(screen.getByRole('button', { name: 'eGFR (kidney filtration)' })).not.toHaveAttribute('title')
    expect(screen.queryByRole('button', { name: 'eGFR' })).toBeNull()
    expect(screen.queryByText(/^(up|down)$/)).toBeNull()
    // The card's heading names the test; its sentence gives the value, the flag and the range in words.
    const card = (name: string) => screen.getByRole('button', { name }).closest('li') as HTMLElement
    const sentence = (name: string) => card(name).querySelector('p')?.textContent
    if (vendor === 'cerner') {
      expect(sentence('Potassium')).toMatch(/^4\.7 mmol\/L\. Normal range 5\.1 mmol\/L or less\.$/)
      expect(sentence('Glucose (blood sugar)')).toMatch(/^101 mg\/dL — high \(computed by this app\)\./)
      return
    }
    expect(sentence('Potassium')).toMatch(/^4\.7 mmol\/L( — normal)?\. Normal range 3\.5–5\.1 mmol\/L\.$/)
    expect(sentence('Hemoglobin A1c')).toMatch(/^6\.7 % — high\. Normal range under 5\.7/)
    const trend = await openTrend(/^Potassium$/)
    expect(within(rowWith(trend, '6.4 mmol/L')).getByText('Critically high')).toBeInTheDocument()
  })

  it('each value opens its provenance, and closing the trend returns focus to the test', async () => {
    const { opened } = renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    await userEvent.click(await screen.findByRole('button', { name: /^More about Potassium 4\.7 mmol\/L/ }))
    expect(opened[0]).toMatchObject({ field: 'value', provenance: { resourceType: 'Observation' } })
    const trend = await openTrend(/^Potassium/)
    expect(within(trend).getByRole('heading', { name: /^Trend: Potassium/ })).toHaveFocus()
    await userEvent.click(within(rowWith(trend, '6.4 mmol/L')).getAllByRole('button', { name: /^More about/ })[0] as HTMLElement)
    expect(opened[1]?.label).toMatch(/6\.4 mmol\/L/)
    await userEvent.click(within(trend).getByRole('button', { name: 'Close trend' }))
    expect(screen.queryByRole('region', { name: /^Trend:/ })).toBeNull()
    expect(screen.getByRole('button', { name: /^Potassium/ })).toHaveFocus()
  })

  it('not shared: says so, without asking the server', async () => {
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine', NO_OBSERVATIONS)} />)
    expect(await screen.findByText('Not shared with this app.')).toBeInTheDocument()
    expect(screen.queryByText(/No lab results recorded/)).toBeNull()
    expect(requests.filter((r) => r.endsWith('/Observation'))).toEqual([])
  })

  it('empty: nothing recorded', async () => {
    emptySearches('Observation')
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByText('No lab results recorded.')).toBeInTheDocument()
    expect(screen.queryByText(/Not shared/)).toBeNull()
  })

  it('not supported (400) and failed (500) are told apart; failed offers a retry', async () => {
    failSearches('Observation', 400)
    const first = renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await screen.findByText(/does not provide this information to apps/)).toBeInTheDocument()
    first.unmount()
    failSearches('Observation', 500)
    renderPanel(<LabsPanel session={sessionFor(vendor, 'lorraine')} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^Couldn’t load/)
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})

describe('Labs in Spanish', () => {
  it('renders the title, plain names and flags in Spanish', async () => {
    renderPanel(<LabsPanel session={sessionFor('epic', 'lorraine')} />, { mode: 'patient', locale: 'es' })
    expect(await screen.findByRole('heading', { name: 'Análisis' })).toBeInTheDocument()
    const potassium = (await screen.findByRole('button', { name: 'Potasio' })).closest('li') as HTMLElement
    expect(potassium.querySelector('p')?.textContent).toMatch(/^4\.7 mmol\/L( — normal)?\. Rango normal 3\.5–5\.1 mmol\/L\.$/)
    const a1c = screen.getByRole('button', { name: /^Hemoglobina A1c/ }).closest('li') as HTMLElement
    expect(a1c.querySelector('p')?.textContent).toMatch(/Rango normal menos de 5\.7/)
    const trend = await openTrend(/^Potasio$/)
    expect(within(trend).getByRole('heading', { name: 'Evolución: Potasio' })).toBeInTheDocument()
    expect(within(rowWith(trend, '6.4 mmol/L')).getByText('Críticamente alto')).toBeInTheDocument()
    expect(within(trend).getByRole('checkbox', { name: 'Mostrar unidades originales' })).toBeInTheDocument()
  })
})
