// Critical results of the last 90 days on the Summary, with their date. "Now" is fixed per test, so
// the answer never depends on the day the tests run. Lorraine's potassium of 6.4 mmol/L on
// 19 May 2026 is flagged critically high by Epic; Oracle Health sends no flags at all.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderPanel, sessionFor, withSandboxServer } from '../test-fixtures.ts'
import { SummaryPanel } from './summary-panel.tsx'

withSandboxServer()

const POTASSIUM_AT = '2026-05-19T13:45:00Z'
const after = (days: number) => new Date(Date.parse(POTASSIUM_AT) + days * 86_400_000).toISOString()

async function labsPart(options: Parameters<typeof renderPanel>[1], vendor: 'epic' | 'cerner' = 'epic') {
  renderPanel(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />, options)
  const title = options?.locale === 'es' ? 'Análisis anormales recientes' : 'Recent abnormal labs'
  const part = await screen.findByRole('region', { name: title }, { timeout: 5000 })
  await within(part).findAllByRole('listitem')
  return part
}

describe('Summary: critical values of the last 90 days', () => {
  it.each(['clinician', 'patient'] as const)('%s: the May critical potassium is listed with its value, flag and date', async (mode) => {
    const part = await labsPart({ mode, now: after(12) })
    const box = within(part).getByRole('group', { name: 'Critical results in the last 90 days' })
    const items = within(box).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent(/Potassium/)
    expect(items[0]).toHaveTextContent('6.4 mmol/L')
    expect(items[0]).toHaveTextContent('Critically high')
    expect(items[0]).toHaveTextContent('May 19, 2026')
    // It comes before the latest abnormal results, inside the labs part: no part moves when it appears.
    expect(part.firstElementChild?.nextElementSibling?.contains(box)).toBe(true)
  })

  it('still shows on the 90th day', async () => {
    const part = await labsPart({ now: after(90) })
    expect(within(part).getByRole('group', { name: 'Critical results in the last 90 days' })).toHaveTextContent('6.4 mmol/L')
  })

  it('is gone on the 91st day, with no empty box left behind', async () => {
    const part = await labsPart({ now: after(91) })
    expect(within(part).queryByRole('group')).toBeNull()
    expect(screen.queryByTestId('critical-labs')).toBeNull()
    expect(part).not.toHaveTextContent(/Critical results/)
  })

  it('shows nothing when the server flags nothing critical', async () => {
    await labsPart({ now: after(12) }, 'cerner')
    expect(screen.queryByTestId('critical-labs')).toBeNull()
  })

  it('is worded in Spanish', async () => {
    const part = await labsPart({ locale: 'es', now: after(12) })
    const box = within(part).getByRole('group', { name: 'Resultados críticos de los últimos 90 días' })
    expect(box).toHaveTextContent('Críticamente alto')
    expect(box).toHaveTextContent('Potasio')
  })
})
