// Walter's 5,240 vitals through the streamed query: progress while pages arrive, a windowed list,
// and a stream that breaks off keeping what it loaded.
import { fireEvent, screen, within } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox } from '../../../mocks/sandbox.ts'
import { sandboxHandlers } from '../../../mocks/testing/msw.ts'
import { FULL_HISTORY_MS } from '../../../mocks/testing/budgets.ts'
import { failPagesFrom, holdLaterPages, patient, renderVitals, slipInOtherPatient, vitalsSession, type Vendor } from './test-fixtures.ts'

const sandbox = createSandbox()
const server = setupServer(...sandboxHandlers(sandbox))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
afterEach(() => server.resetHandlers())

const total = patient('walter').vitals().length
const firstPage: Record<Vendor, number> = { epic: 1000, cerner: 200 }
const vendors: Vendor[] = ['epic', 'cerner']
// findBy waits up to a little less than the test may run, so a timeout names what never appeared.
const LONG = { timeout: FULL_HISTORY_MS - 5_000 }
// Epic's first page alone is 1,000 readings to parse, map and render in jsdom, after a lazy import: under
// load (a shuffled run at load average 10) that took more than the 4 s default wait.
const FIRST_PAGE = LONG

describe.each(vendors)('walter’s history (%s)', (vendor) => {
  it('shows the first page with progress, then all 5,240 readings counted', async () => {
    const hold = holdLaterPages(server, sandbox)
    renderVitals(vitalsSession(sandbox, vendor, 'walter'))
    const bar = await screen.findByRole('progressbar', { name: 'Loading the vital signs history' }, FIRST_PAGE)
    const loaded = firstPage[vendor].toLocaleString('en-US')
    if (vendor === 'epic') {
      // This server's total comes from a separate count request, so the bar can be determinate.
      expect(screen.getByText(`${loaded} of about ${total.toLocaleString('en-US')} loaded`)).toBeInTheDocument()
      expect(bar).toHaveAttribute('aria-valuenow', String(firstPage[vendor]))
      expect(bar).toHaveAttribute('aria-valuemax', String(total))
    } else {
      expect(screen.getByText(`${loaded} loaded so far`)).toBeInTheDocument()
      expect(bar).not.toHaveAttribute('aria-valuenow')
    }
    // The first page is already usable: latest values and the list are on screen.
    expect(screen.getByText(/^Weight: /)).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'All vital sign readings, newest first' })).toHaveAttribute('aria-rowcount', String(firstPage[vendor] + 1))

    hold.release()
    expect(await screen.findByText('All 5,240 readings loaded.', {}, LONG)).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByText('No readings of: Temperature, Height, Body mass index (BMI).')).toBeInTheDocument()
  }, FULL_HISTORY_MS)

  it('keeps far fewer rows than readings in the DOM, and scrolling brings others in', async () => {
    renderVitals(vitalsSession(sandbox, vendor, 'walter'), { mode: 'clinician' })
    await screen.findByText('All 5,240 readings loaded.', {}, LONG)
    const region = screen.getByRole('region', { name: 'All vital sign readings, newest first: 5,240 rows, scrollable' })
    expect(region).toHaveAttribute('tabindex', '0')
    const table = within(region).getByRole('table')
    expect(table).toHaveAttribute('aria-rowcount', String(total + 1))
    const rows = () => within(table).getAllByRole('row')
    expect(rows().length).toBeLessThan(60)
    expect(rows()[1]).toHaveAttribute('aria-rowindex', '2')

    region.scrollTop = 28 * 3000
    fireEvent.scroll(region)
    const indexes = rows().slice(1).map((r) => Number(r.getAttribute('aria-rowindex')))
    expect(Math.min(...indexes)).toBeGreaterThan(2900)
    expect(Math.max(...indexes)).toBeLessThan(3100)
    expect(rows().length).toBeLessThan(60)
  }, FULL_HISTORY_MS)

  it('charts every kind without drawing thousands of vertices', async () => {
    const { container } = renderVitals(vitalsSession(sandbox, vendor, 'walter'))
    await screen.findByText('All 5,240 readings loaded.', {}, LONG)
    // The default range is a week of his daily readings; the whole history is the heavy case.
    fireEvent.click(screen.getByRole('radio', { name: 'All' }))
    expect(screen.getByRole('img', { name: /^Blood pressure trend: 1,310 readings from / })).toBeInTheDocument()
    const drawn = [...container.querySelectorAll('[data-drawn]')].map((g) => Number(g.getAttribute('data-drawn')))
    expect(drawn.length).toBe(5) // systolic, diastolic, heart rate, weight, SpO2
    for (const n of drawn) expect(n).toBeLessThanOrEqual(200)
  }, FULL_HISTORY_MS)

  it('leaving mid-stream and coming back finishes the history instead of freezing on the partial one', async () => {
    const hold = holdLaterPages(server, sandbox)
    const session = vitalsSession(sandbox, vendor, 'walter')
    const first = renderVitals(session)
    await screen.findByRole('progressbar', {}, FIRST_PAGE)
    // Another section is opened: the only observer goes away and the query cancels its stream.
    first.unmount()
    hold.release()
    renderVitals(session, { client: first.client })
    expect(await screen.findByText('All 5,240 readings loaded.', {}, LONG)).toBeInTheDocument()
  }, FULL_HISTORY_MS)

  it('a reading about another patient on a later page is hidden and said so, not counted or charted', async () => {
    slipInOtherPatient(server, sandbox, 1, patient('hana').ids[vendor])
    renderVitals(vitalsSession(sandbox, vendor, 'walter'), { mode: 'clinician' })
    expect(await screen.findByText('All 5,240 readings loaded.', {}, LONG)).toBeInTheDocument()
    expect(screen.getByText('Some readings about another patient were hidden.')).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'All vital sign readings, newest first' })).toHaveAttribute('aria-rowcount', String(total + 1))
  }, FULL_HISTORY_MS)

  it('a stream that fails part-way keeps the loaded readings and offers a retry', async () => {
    const fault = failPagesFrom(server, sandbox, 1, 500)
    renderVitals(vitalsSession(sandbox, vendor, 'walter'))
    const alert = (await screen.findByText(/^Only part of this list could be loaded\./, {}, LONG)).closest('[data-state="incomplete"]') as HTMLElement
    expect(alert).toHaveTextContent('A later page failed to load.')
    // Millennium pages newest first, so what loaded holds the latest; Epic's order is not known.
    if (vendor === 'cerner') {
      expect(alert).toHaveTextContent('Older entries may be missing.')
      expect(screen.queryByText(/^May not be the latest/)).toBeNull()
    } else {
      expect(alert).toHaveTextContent('Entries of any date may be missing, including the newest.')
      expect(screen.getByText(/^May not be the latest/)).toBeInTheDocument()
    }
    expect(screen.getByRole('table', { name: 'All vital sign readings, newest first' })).toHaveAttribute('aria-rowcount', String(firstPage[vendor] + 1))
    expect(screen.getByText(/^Weight: /)).toBeInTheDocument()

    fault.heal()
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('All 5,240 readings loaded.', {}, LONG)).toBeInTheDocument()
    expect(screen.queryByText(/^Only part of this list/)).not.toBeInTheDocument()
  }, FULL_HISTORY_MS)
})
