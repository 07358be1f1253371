// "What this means": the plain explanation of the test or vital sign, and for a lab result, its
// value against its range in words. Never empty: without an explanation a neutral sentence says so.
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { About } from './about.ts'
import { explanationText } from './explanation.ts'
import { explainText } from './messages.ts'
import { resultWords } from './result-words.ts'

export function WhatThisMeans({ about, id }: { about: About | undefined; id: string }) {
  const i18n = useI18n()
  const mode = useViewMode()
  const text = explanationText(about, i18n.locale, mode === 'clinician') ?? explainText(i18n.locale, 'neutral')
  const words = about?.kind === 'lab' ? resultWords(i18n, about.lab, mode) : []
  return (
    <div className="space-y-1">
      <p id={id} data-testid="explanation">{text}</p>
      {words.length > 0 && <p data-testid="result-words" className="font-medium">{words.join(' ')}</p>}
    </div>
  )
}
