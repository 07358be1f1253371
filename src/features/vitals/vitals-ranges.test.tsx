// Time ranges on Walter's daily home readings: the default fits his data, "All" is too dense to draw
// reading by reading and says it shows weekly ranges, and a short range shows only its readings.
// One vendor: ranges work on mapped readings, and the stream tests already run both vendors' shapes.
import { fireEvent, screen, within } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createSandbox } from '../../../mocks/sandbox.ts'
import { sandboxHandlers } from '../../../mocks/testing/msw.ts'
import { FULL_HISTORY_MS } from '../../../mocks/testing/budgets.ts'
import { patient, renderVitals, vitalsSession } from './test-fixtures.ts'

const sandbox = createSandbox()
const server = setupServer(...sandboxHandlers(sandbox))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
afterEach(() => server.resetHandlers())

const LONG = { timeout: FULL_HISTORY_MS - 5_000 }
const bpTimes = patient('walter')
  .vitals()
  .filter((v) => v.kind === 'bp')
  .map((v) => Date.parse(v.effective))
const newest = Math.max(...bpTimes)
const inLastWeek = bpTimes.filter((t) => t >= newest - 7 * 86_400_000).length

it('Walter: a week by default, weekly ranges for all of it, and back to the week’s readings', async () => {
  const { container } = renderVitals(vitalsSession(sandbox, 'epic', 'walter'))
  await screen.findByText('All 5,240 readings loaded.', {}, LONG)
  const group = screen.getByRole('group', { name: 'Time shown' })
  const radios = within(group).getAllByRole('radio')
  expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['7 days', '30 days', '1 year', 'All'])
  expect(within(group).getByRole('radio', { name: '7 days' })).toBeChecked()

  const bpChart = () => screen.getByRole('img', { name: /^Blood pressure trend: / })
  const systolicDrawn = () => Number(container.querySelector('[data-series="systolic"]')?.getAttribute('data-drawn'))
  expect(bpChart().getAttribute('aria-label')).toMatch(new RegExp(`^Blood pressure trend: ${inLastWeek} readings from .*\\. Systolic from`))
  expect(systolicDrawn()).toBe(inLastWeek)

  fireEvent.click(within(group).getByRole('radio', { name: 'All' }))
  expect(within(group).getByRole('radio', { name: 'All' })).toBeChecked()
  expect(bpChart().getAttribute('aria-label')).toMatch(
    /^Blood pressure trend: 1,310 readings from .*\. Drawn as weekly ranges, lowest to highest, with a line through each week’s median\. Systolic from/,
  )
  // 1,310 days are 188 weeks or so, each one band segment and one median vertex.
  expect(systolicDrawn()).toBeGreaterThan(180)
  expect(systolicDrawn()).toBeLessThan(200)

  fireEvent.click(within(group).getByRole('radio', { name: '7 days' }))
  expect(bpChart().getAttribute('aria-label')).not.toMatch(/Drawn as/)
  expect(bpChart().getAttribute('aria-label')).toMatch(new RegExp(`^Blood pressure trend: ${inLastWeek} readings from`))
  expect(systolicDrawn()).toBe(inLastWeek)
  expect(inLastWeek).toBeLessThan(10)
}, FULL_HISTORY_MS)
