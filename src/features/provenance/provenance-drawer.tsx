import { useId, useRef, type ReactNode } from 'react'
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import type { SmartSession } from '../../launch/smart-session.ts'
import { explainText } from '../explain/messages.ts'
import { WhatThisMeans } from '../explain/what-this-means.tsx'
import { WhereFrom } from '../explain/where-from.tsx'
import type { ProvenanceTarget } from './provenance-context.tsx'
import { AllFields, Dropped, SelectedField, SourceFacts } from './provenance-details.tsx'
import { RawRecord } from './raw-record.tsx'
import { useModalFocus } from './use-modal-focus.ts'

function Part({ title, children, first }: { title: string; children: ReactNode; first?: boolean }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className={first ? '' : 'mt-4'}>
      <h3 id={id} className="mb-1 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  )
}

/**
 * The ⓘ drawer for one shown value. It opens with what the value means and where it came from, in
 * plain words; the source resource, how each field was mapped and normalized, what was left out and
 * the resource as the server sent it are under "Technical details", open from the start for
 * clinicians and folded away for patients.
 */
export function ProvenanceDrawer({ session, target, onClose }: { session: SmartSession; target: ProvenanceTarget; onClose: () => void }) {
  const { t, locale } = useI18n()
  const mode = useViewMode()
  const dialog = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const introId = useId()
  useModalFocus(dialog, heading, onClose)
  const { provenance, field } = target
  const selected = field !== undefined ? provenance.fields[field] : undefined

  return (
    <div
      className="fixed inset-0 z-50 flex justify-end bg-slate-950/50 print:hidden"
      // A click on the shaded page behind closes, as people expect; keyboard users have Escape.
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        className={`flex h-full w-full max-w-2xl flex-col bg-white text-slate-900 shadow-xl dark:bg-slate-900 dark:text-slate-100 ${mode === 'patient' ? 'text-base' : 'text-sm'}`}
      >
        <div className="flex items-start justify-between gap-2 border-b border-slate-300 p-3 dark:border-slate-600">
          <div className="min-w-0">
            <p className="text-sm text-slate-700 dark:text-slate-300">{explainText(locale, 'kicker')}</p>
            <h2 ref={heading} id={titleId} tabIndex={-1} className="text-lg font-semibold wrap-break-word outline-none">
              {target.label}
            </h2>
          </div>
          <button type="button" className="btn shrink-0" onClick={onClose}>
            {t('provenance.drawer.close')}
          </button>
        </div>
        <div className="overflow-y-auto p-3">
          <Part title={explainText(locale, 'meaning')} first>
            <WhatThisMeans about={target.about} id={introId} />
          </Part>
          <Part title={explainText(locale, 'origin')}>
            <WhereFrom system={session.endpointName} about={target.about} provenance={provenance} />
          </Part>
          <details open={mode === 'clinician'} className="mt-4 border-t border-slate-300 pt-3 dark:border-slate-600" data-testid="technical-details">
            <summary className="cursor-pointer text-base font-semibold">{explainText(locale, 'technical')}</summary>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              {t(mode === 'patient' ? 'provenance.drawer.intro.patient' : 'provenance.drawer.intro.clinician')}
            </p>
            <Part title={t('provenance.drawer.source')}>
              <SourceFacts provenance={provenance} />
            </Part>
            {field !== undefined && selected && (
              <Part title={t('provenance.drawer.thisValue')}>
                <SelectedField name={field} source={selected} />
              </Part>
            )}
            <Part title={t('provenance.drawer.allFields')}>
              <div className="overflow-x-auto">
                <AllFields provenance={provenance} selected={field} />
              </div>
            </Part>
            <Part title={t('provenance.drawer.dropped')}>
              <Dropped provenance={provenance} />
            </Part>
            <details open={mode === 'clinician'} className="mt-4">
              <summary className="cursor-pointer font-semibold">{t('provenance.drawer.raw')}</summary>
              <div className="mt-1">
                <RawRecord session={session} provenance={provenance} />
              </div>
            </details>
          </details>
        </div>
      </div>
    </div>
  )
}
