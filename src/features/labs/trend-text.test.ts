// The trend table's note for a row: why it is off the chart, then the lab's own comment on the result.
import { describe, expect, it } from 'vitest'
import { type LabResult, toLabResult } from '../../domain/observation.ts'
import { labsOf } from '../../domain/test-fixtures.ts'
import { translate } from '../../i18n/i18n.tsx'
import type { Locale } from '../../i18n/locale.ts'
import { trendSeries } from './trend-series.ts'
import { rowNote } from './trend-text.ts'

const fmt = (locale: Locale) => ({ t: translate.bind(null, locale), number: (v: number) => String(v) })

async function commentedLab(): Promise<LabResult> {
  const labs = (await labsOf('cerner', 'lorraine')).map((o) => toLabResult(o)).filter((l): l is LabResult => l !== null)
  const lab = labs.find((l) => l.notes?.includes('Called to provider.') && l.status === 'final')
  if (!lab) throw new Error('no final lab with a comment')
  return lab
}

describe('rowNote', () => {
  it.each([
    ['en', 'Lab comment: “Called to provider.”'],
    ['es', 'Comentario del laboratorio: «Called to provider.»'],
  ] as const)('%s: quotes the comment the lab recorded with the result', async (locale, note) => {
    const series = trendSeries([await commentedLab()])
    expect(rowNote(fmt(locale), series.rows[0]!, series)).toBe(note)
  })

  it('puts the reason a row is off the chart first, then the comment', async () => {
    const lab = { ...(await commentedLab()), status: 'entered-in-error' as const }
    const series = trendSeries([lab])
    expect(rowNote(fmt('en'), series.rows[0]!, series)).toMatch(/^.+ · Lab comment: “Called to provider\.”$/)
  })

  it('says nothing for a plotted result without a comment', async () => {
    const { notes: _n, ...plain } = await commentedLab()
    const series = trendSeries([plain])
    expect(rowNote(fmt('en'), series.rows[0]!, series)).toBeUndefined()
  })
})
