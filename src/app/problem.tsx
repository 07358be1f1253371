import type { ReactNode } from 'react'
import { useStartText } from '../i18n/start-text.ts'

/** A full-page explanation with at most one way forward. Text only: nothing here is parsed as HTML. */
export function Problem({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <div role="alert">
        <h1 className="text-xl font-bold">{title}</h1>
        <p className="mt-2">{children}</p>
      </div>
      {action && <div className="mt-4">{action}</div>}
    </main>
  )
}

/** Inside an EHR frame, or after an EHR launch, the way back in is the EHR, not the patient picker. */
export function inEhr(launch?: 'ehr' | 'standalone'): boolean {
  let framed: boolean
  try {
    framed = window.self !== window.top
  } catch {
    framed = true
  }
  return framed || launch === 'ehr'
}

export function StartOverLink({ ehr = false }: { ehr?: boolean }) {
  const { t } = useStartText()
  if (ehr) {
    return (
      <p data-testid="relaunch" className="font-semibold">
        {t('startOver.ehr')}
      </p>
    )
  }
  return (
    <a className="inline-block rounded bg-blue-700 px-4 py-2 text-white" href="/">
      {t('startOver.signIn')}
    </a>
  )
}
