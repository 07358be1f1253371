import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState, useSyncExternalStore, type ComponentType, type CSSProperties } from 'react'
import { LazySection } from '../components/ui/lazy-section.tsx'
import { Skeleton } from '../components/ui/skeleton.tsx'
import { ProvenanceContext, type ProvenanceTarget } from '../features/provenance/provenance-context.tsx'
import { SummaryPanel } from '../features/summary/summary-panel.tsx'
import { useI18n } from '../i18n/i18n.tsx'
import { audit, serverOf } from '../launch/audit.ts'
import { idleMinutes, watchIdle } from '../launch/idle-timeout.ts'
import { signOut } from '../launch/sign-out.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { ChartToolbar } from './chart-toolbar.tsx'
import { BrandMark } from '../components/ui/brand-mark.tsx'
import { showPatientBanner, useDocumentTitle } from './document-title.ts'
import { fetchEhrStyle } from './ehr-style.ts'
import { OfflineBanner } from './offline-banner.tsx'
import { PatientBanner } from './patient-banner.tsx'
import { PrintHeader } from './print-header.tsx'
import { SECTION_LABEL, SECTIONS, sectionFromHash, type Section } from './sections.ts'
import { ViewModeContext, viewModeFor } from './view-mode.tsx'

type PanelComponent = ComponentType<{ session: SmartSession }>
type Loader<P> = () => Promise<{ default: ComponentType<P> }>

// The summary is what every launch shows first; the other sections load when first opened, each
// behind its own error boundary (LazySection) so a chunk that fails to load never blanks the app.
const PANELS: Record<Exclude<Section, 'summary'>, Loader<{ session: SmartSession }>> = {
  labs: () => import('../features/labs/labs-panel.tsx').then((m) => ({ default: m.LabsPanel as PanelComponent })),
  vitals: () => import('../features/vitals/vitals-panel.tsx').then((m) => ({ default: m.VitalsPanel as PanelComponent })),
  medications: () => import('../features/medications/medications-panel.tsx').then((m) => ({ default: m.MedicationsPanel as PanelComponent })),
  allergies: () => import('../features/allergies/allergies-panel.tsx').then((m) => ({ default: m.AllergiesPanel as PanelComponent })),
  sources: () => import('../features/sources/sources-panel.tsx').then((m) => ({ default: m.SourcesPanel as PanelComponent })),
}

type DrawerProps = { session: SmartSession; target: ProvenanceTarget; onClose: () => void }
const loadDrawer: Loader<DrawerProps> = () => import('../features/provenance/provenance-drawer.tsx').then((m) => ({ default: m.ProvenanceDrawer }))

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
  useDocumentTitle(session, t(SECTION_LABEL[section]))
  // Reads still in flight (a history still paging) are stopped before the grant is revoked: one that
  // went on would reach the server with a dead token.
  const endSession = useCallback(
    async (reason: 'user' | 'idle') => {
      await queryClient.cancelQueries()
      await signOut(session, reason)
      queryClient.clear()
    },
    [session, queryClient],
  )

  useEffect(() => audit({ type: 'view', server: serverOf(session.fhirBase), section }), [session.fhirBase, section])

  useEffect(
    () =>
      watchIdle(idleMinutes(), () => {
        void endSession('idle')
      }),
    [endSession],
  )

  return (
    <ViewModeContext.Provider value={mode}>
      <ProvenanceContext.Provider value={{ open: setTarget }}>
        <div data-mode={mode} className={`chart min-h-screen ${mode === 'clinician' ? 'mode-clinician' : 'mode-patient'}`} style={style.data as CSSProperties}>
          <OfflineBanner />
          <PrintHeader session={session} />
          {showPatientBanner(session.context.needPatientBanner) && <PatientBanner session={session} />}
          <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 print:hidden">
            <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700 dark:text-slate-300">
              <BrandMark />
              <span>{t('session.connectedTo', { server: session.endpointName })}</span>
            </p>
            <ChartToolbar
              // Reloads what is on screen; shown data stays until the new answers arrive (or fail).
              onRefresh={() => void queryClient.invalidateQueries({ queryKey: ['fhir'] })}
              onSignOut={() => void endSession('user')}
              // A patient portal login can hold several records (a parent's, a child's): switching ends
              // this grant and launches the same system again, whose record chooser decides.
              onSwitchRecord={
                session.launch === 'standalone' && session.context.mode !== 'clinician'
                  ? async () => {
                      await endSession('user')
                      window.location.assign(`/?${new URLSearchParams({ reconnect: session.fhirBase })}`)
                    }
                  : undefined
              }
            />
          </div>
          <nav aria-label={t('nav.label')} className="border-b border-slate-300 px-4 print:hidden dark:border-slate-600">
            <ul className="flex flex-wrap gap-1">
              {SECTIONS.map((s) => (
                <li key={s}>
                  <a
                    href={`#${s}`}
                    aria-current={s === section ? 'page' : undefined}
                    className="nav-tab inline-block rounded-t px-3 py-2"
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
              {section === 'summary' ? (
                <SummaryPanel session={session} />
              ) : (
                <LazySection key={section} load={PANELS[section]} props={{ session }} fallback={<Skeleton lines={4} />} />
              )}
            </div>
            {section !== 'summary' && (
              <div className="hidden print:block">
                <SummaryPanel session={session} />
              </div>
            )}
          </main>
          {target && (
            <LazySection load={loadDrawer} props={{ session, target, onClose: () => setTarget(undefined) }} fallback={null} />
          )}
        </div>
      </ProvenanceContext.Provider>
    </ViewModeContext.Provider>
  )
}
