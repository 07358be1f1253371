import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, useSyncExternalStore, type CSSProperties } from 'react'
import { AllergiesPanel } from '../features/allergies/allergies-panel.tsx'
import { LabsPanel } from '../features/labs/labs-panel.tsx'
import { MedicationsPanel } from '../features/medications/medications-panel.tsx'
import { ProvenanceContext, type ProvenanceTarget } from '../features/provenance/provenance-context.tsx'
import { ProvenanceDrawer } from '../features/provenance/provenance-drawer.tsx'
import { SourcesPanel } from '../features/sources/sources-panel.tsx'
import { SummaryPanel } from '../features/summary/summary-panel.tsx'
import { VitalsPanel } from '../features/vitals/vitals-panel.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { signOut } from '../launch/sign-out.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { ChartToolbar } from './chart-toolbar.tsx'
import { fetchEhrStyle } from './ehr-style.ts'
import { OfflineBanner } from './offline-banner.tsx'
import { PatientBanner } from './patient-banner.tsx'
import { SECTION_LABEL, SECTIONS, sectionFromHash, type Section } from './sections.ts'
import { ViewModeContext, viewModeFor } from './view-mode.tsx'

const PANELS: Record<Section, (p: { session: SmartSession }) => React.ReactNode> = {
  summary: SummaryPanel,
  labs: LabsPanel,
  vitals: VitalsPanel,
  medications: MedicationsPanel,
  allergies: AllergiesPanel,
  sources: SourcesPanel,
}

const subscribeHash = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

export function ChartShell({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const mode = viewModeFor(session.context.mode)
  const section = sectionFromHash(useSyncExternalStore(subscribeHash, () => window.location.hash))
  const [target, setTarget] = useState<ProvenanceTarget>()
  const style = useQuery({
    queryKey: ['ehr-style', session.context.smartStyleUrl],
    queryFn: ({ signal }) => fetchEhrStyle(session.context.smartStyleUrl as string, signal),
    enabled: mode === 'clinician' && !!session.context.smartStyleUrl,
    staleTime: Infinity,
  })
  const Active = PANELS[section]

  return (
    <ViewModeContext.Provider value={mode}>
      <ProvenanceContext.Provider value={{ open: setTarget }}>
        <div data-mode={mode} className={`chart min-h-screen ${mode === 'clinician' ? 'mode-clinician' : 'mode-patient'}`} style={style.data as CSSProperties}>
          <OfflineBanner />
          {session.context.needPatientBanner && <PatientBanner session={session} />}
          <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 print:hidden">
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('session.connectedTo', { server: session.endpointName })}</p>
            <ChartToolbar
              onSignOut={async () => {
                await signOut(session)
                queryClient.clear()
              }}
            />
          </div>
          <nav aria-label={t('nav.label')} className="border-b border-slate-300 px-4 print:hidden dark:border-slate-600">
            <ul className="flex flex-wrap gap-1">
              {SECTIONS.map((s) => (
                <li key={s}>
                  <a
                    href={`#${s}`}
                    aria-current={s === section ? 'page' : undefined}
                    className="inline-block rounded-t px-3 py-2 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white"
                  >
                    {t(SECTION_LABEL[s])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main className="px-4 pb-8">
            {/* Printing always gives the one-page summary, whatever section is on screen. */}
            <div className={section === 'summary' ? undefined : 'print:hidden'}>
              <Active session={session} />
            </div>
            {section !== 'summary' && (
              <div className="hidden print:block">
                <SummaryPanel session={session} />
              </div>
            )}
          </main>
          {target && <ProvenanceDrawer session={session} target={target} onClose={() => setTarget(undefined)} />}
        </div>
      </ProvenanceContext.Provider>
    </ViewModeContext.Provider>
  )
}
