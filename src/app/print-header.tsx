// What a printout needs to stand on its own once it leaves the screen: which app made it, from which
// health system's record, and when. Page numbers come from the page margin (index.css).
import { useEffect, useState } from 'react'
import { useI18n } from '../i18n/i18n.tsx'
import type { SmartSession } from '../launch/smart-session.ts'
import { APP_NAME } from './app-name.ts'

/** The moment of printing, refreshed when the browser starts a print. */
function usePrintTime(): string {
  const [at, setAt] = useState(() => new Date().toISOString())
  useEffect(() => {
    const now = () => setAt(new Date().toISOString())
    window.addEventListener('beforeprint', now)
    return () => window.removeEventListener('beforeprint', now)
  }, [])
  return at
}

export function PrintHeader({ session }: { session: SmartSession }) {
  const { t, date } = useI18n()
  const at = usePrintTime()
  return (
    <div data-testid="print-header" className="hidden border-b border-slate-400 px-4 pb-1 text-sm print:flex print:flex-wrap print:justify-between print:gap-x-4">
      <span className="font-semibold">{APP_NAME}</span>
      <span>{t('print.source', { source: session.endpointName })}</span>
      <span>{t('print.printed', { date: date(at, true) })}</span>
    </div>
  )
}
