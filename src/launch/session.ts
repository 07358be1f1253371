import FHIR from 'fhirclient'
import type Client from 'fhirclient/lib/Client'

let pending: Promise<Client> | undefined

/** Completes the OAuth redirect exactly once per page load (a code can be exchanged only once). */
export function completeLaunch(): Promise<Client> {
  pending ??= FHIR.oauth2.ready()
  return pending
}
