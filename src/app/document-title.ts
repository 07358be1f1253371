// The window title names the patient and the section, so a chart opened in its own window (or found
// again among tabs and taskbar entries) says whose record it is. It goes back to the app name when the
// chart closes, so a signed-out window names nobody.
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { patientQueries } from '../features/patient/queries.ts'
import type { SmartSession } from '../launch/smart-session.ts'
import { APP_NAME } from './app-name.ts'

export function useDocumentTitle(session: SmartSession, sectionLabel: string): void {
  const name = useQuery(patientQueries.summary(session)).data?.patient?.displayName
  useEffect(() => {
    document.title = name ? `${name} · ${sectionLabel} · ${APP_NAME}` : `${sectionLabel} · ${APP_NAME}`
  }, [name, sectionLabel])
  useEffect(
    () => () => {
      document.title = APP_NAME
    },
    [],
  )
}

/**
 * The EHR's own banner can stand in for the app's only where the EHR shows it: inside its frame. In a
 * window of its own the app always names the patient, whatever `need_patient_banner` said.
 */
export function showPatientBanner(needPatientBanner: boolean, framed: boolean = window.self !== window.top): boolean {
  return needPatientBanner || !framed
}
