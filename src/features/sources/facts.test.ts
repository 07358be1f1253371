import { describe, expect, it } from 'vitest'
import { clientWarning } from '../../fhir/warnings.ts'
import { translate } from '../../i18n/i18n.tsx'
import { parseGrants } from '../../launch/grants.ts'
import { fhirRelease, serverFactsOf } from './metadata-queries.ts'
import { launchKindOf } from './server-facts.tsx'
import { warningText } from './warning-text.ts'

describe('server facts', () => {
  it('keeps only what the CapabilityStatement says', () => {
    expect(serverFactsOf({ resourceType: 'CapabilityStatement', software: { name: ' Acme FHIR ' }, fhirVersion: '4.0.1' })).toEqual({
      softwareName: 'Acme FHIR',
      fhirVersion: '4.0.1',
    })
    expect(serverFactsOf({})).toEqual({})
  })

  it('names FHIR releases people know', () => {
    expect(fhirRelease('4.0.1')).toBe('R4')
    expect(fhirRelease('1.0.2')).toBe('DSTU2')
    expect(fhirRelease('6.0.0-ballot')).toBeUndefined()
  })

  it('tells the launch from the scopes', () => {
    const of = (requestedScope: string, granted = '') => launchKindOf({ requestedScope, grants: parseGrants(granted) })
    expect(of('launch openid patient/Patient.read')).toBe('ehr')
    expect(of('launch/patient openid')).toBe('standalone')
    expect(of('', 'launch patient/Patient.read')).toBe('ehr')
    expect(of('patient/Patient.read')).toBeUndefined()
  })
})

describe('warning text', () => {
  it('re-words the app’s own notes in the user’s language, numbers kept', () => {
    const w = warningText(clientWarning('unreadable', '3 Observation result(s) could not be read and are not shown.', 'Observation'))
    expect(w.from).toBe('sources.warning.app')
    expect('key' in w.body && translate('es', w.body.key, w.body.params)).toBe('3 resultado(s) no se pudieron leer y no se muestran.')
  })

  it('shows the server’s words as sent', () => {
    const w = warningText({ source: 'server', severity: 'warning', code: 'processing', message: 'It may not contain the entire record.' })
    expect(w).toEqual({ from: 'sources.warning.server', body: { raw: 'It may not contain the entire record.' } })
  })
})
