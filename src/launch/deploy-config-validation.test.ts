// @vitest-environment node
// What /chart-lens.config.json may hold, and the message that names every problem in it.
import { describe, expect, it } from 'vitest'
import { ConfigError, defaultConfig, validateConfig } from './deploy-config.ts'

// Built inside each test (not at import time) so every check below runs the code it pins.
const prod = () => defaultConfig({ PROD: true, DEV: false })

function problemsOf(raw: unknown): string[] {
  try {
    validateConfig(raw, prod())
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    return e.problems
  }
  return []
}

describe('validation of /chart-lens.config.json', () => {
  it('the error message names the file and every problem', () => {
    expect(() => validateConfig({ sandbox: 1, developerHints: 'no' }, prod())).toThrow(
      new ConfigError(['"sandbox" must be true or false.', '"developerHints" must be true or false.']),
    )
    let error: unknown
    try {
      validateConfig({ sandbox: 1, developerHints: 'no' }, prod())
    } catch (e) {
      error = e
    }
    expect((error as Error).message).toBe('/chart-lens.config.json is not valid: "sandbox" must be true or false. "developerHints" must be true or false.')
  })

  it('the file must hold one JSON object', () => {
    for (const raw of [null, 'epic-r4', 42, true, ['epic-r4']]) expect(problemsOf(raw), JSON.stringify(raw)).toEqual(['The file must hold one JSON object.'])
    expect(problemsOf({})).toEqual([])
  })

  it('directories: shipped ids, http(s) URLs and paths on this site are kept', () => {
    const directories = ['oracle-patient-r4', 'https://dir.example.org/index.json', 'http://localhost:8080/dirs.json', '/directories/index.json']
    expect(validateConfig({ directories }, prod()).directories).toEqual(directories)
  })

  it('directories: an unknown id, another scheme, a protocol-relative or credentialed URL is named', () => {
    expect(problemsOf({ directories: ['epic-r3', 'ftp://dir.example.org/x', '//dir.example.org/index.json', 'https://u:p@dir.example.org/i.json', 'https:nothing here'] })).toEqual([
      '"directories" entry "epic-r3" is not a shipped directory (epic-r4, oracle-patient-r4, oracle-provider-r4).',
      '"directories" entry "ftp://dir.example.org/x" is not an http(s) URL or a path on this site.',
      '"directories" entry "//dir.example.org/index.json" is not an http(s) URL or a path on this site.',
      '"directories" entry "https://u:p@dir.example.org/i.json" is not an http(s) URL or a path on this site.',
      '"directories" entry "https:nothing here" is not an http(s) URL or a path on this site.',
    ])
  })

  it('directories and brandsBundles must be lists of non-empty strings', () => {
    expect(problemsOf({ directories: 'epic-r4' })).toEqual(['"directories" must be a list of strings.'])
    expect(problemsOf({ directories: [''] })).toEqual(['"directories" must be a list of strings.'])
    expect(problemsOf({ directories: ['epic-r4', 3] })).toEqual(['"directories" must be a list of strings.'])
    expect(problemsOf({ brandsBundles: { url: 'https://b.example.org' } })).toEqual(['"brandsBundles" must be a list of strings.'])
    expect(problemsOf({ brandsBundles: ['https://b.example.org/brands.json', 7] })).toEqual(['"brandsBundles" must be a list of strings.'])
    expect(problemsOf({ brandsBundles: [''] })).toEqual(['"brandsBundles" must be a list of strings.'])
  })

  it('brandsBundles: http(s) URLs and paths on this site are kept, replacing the default', () => {
    const brandsBundles = ['https://b.example.org/brands.json', 'http://localhost:4010/brands.json', '/brands/bundle.json']
    const defaults = defaultConfig({ DEV: false, VITE_BRANDS_URL: 'https://env.example.org/brands.json' })
    expect(validateConfig({ brandsBundles }, defaults).brandsBundles).toEqual(brandsBundles)
    expect(validateConfig({}, defaults).brandsBundles).toEqual(['https://env.example.org/brands.json'])
  })

  it('brandsBundles: every entry must be a URL, even one that looks like a shipped id', () => {
    expect(
      problemsOf({ brandsBundles: ['epic-r4', 'brands.json', 'ftp://b.example.org/x', '//b.example.org/x', 'https://user@b.example.org/x', 'https://:secret@b.example.org/x'] }),
    ).toEqual([
      '"brandsBundles" entry "epic-r4" is not an http(s) URL or a path on this site.',
      '"brandsBundles" entry "brands.json" is not an http(s) URL or a path on this site.',
      '"brandsBundles" entry "ftp://b.example.org/x" is not an http(s) URL or a path on this site.',
      '"brandsBundles" entry "//b.example.org/x" is not an http(s) URL or a path on this site.',
      '"brandsBundles" entry "https://user@b.example.org/x" is not an http(s) URL or a path on this site.',
      '"brandsBundles" entry "https://:secret@b.example.org/x" is not an http(s) URL or a path on this site.',
    ])
  })

  it('clientIds: must be an object of non-empty strings, kept trimmed', () => {
    expect(problemsOf({ clientIds: 'abc' })).toEqual(['"clientIds" must be an object.'])
    expect(problemsOf({ clientIds: null })).toEqual(['"clientIds" must be an object.'])
    expect(problemsOf({ clientIds: { epic: '   ', other: 5 } })).toEqual(['"clientIds.epic" must be a non-empty string.', '"clientIds.other" must be a non-empty string.'])
    expect(validateConfig({ clientIds: { epic: ' epic-app ', other: 'other-app' } }, prod()).clientIds).toEqual({ epic: 'epic-app', other: 'other-app' })
  })

  it('ehrOrigins: CSP origins, with a wildcard subdomain and a port allowed, replace the default', () => {
    const ehrOrigins = ['https://ehr.example.org', 'https://*.example-ehr.net', 'http://localhost:8080', 'https://ehr.example.org:*', 'HTTPS://EHR.EXAMPLE.ORG']
    const defaults = defaultConfig({ DEV: false, VITE_EHR_ORIGINS: 'https://env.example.org' })
    expect(validateConfig({ ehrOrigins }, defaults).ehrOrigins).toEqual(ehrOrigins)
    expect(validateConfig({}, defaults).ehrOrigins).toEqual(['https://env.example.org'])
  })

  it('ehrOrigins: anything that is not a bare origin, or could add a CSP directive, is refused', () => {
    const problem = ['"ehrOrigins" must be a list of origins such as "https://ehr.example.org" or "https://*.example.org".']
    for (const ehrOrigins of [
      'https://ehr.example.org',
      [42],
      ['https://ehr.example.org', 'ehr.example.org'],
      ['https://ehr.example.org; script-src *'],
      ['https://a.example.org https://b.example.org'],
      ['https://ehr.example.org/launch'],
      ['https://ehr.example.org:port'],
      ['ftp://ehr.example.org'],
      ['https://*.'],
      [''],
    ]) {
      expect(problemsOf({ ehrOrigins }), JSON.stringify(ehrOrigins)).toEqual(problem)
    }
  })

  it('links: blank, relative without a slash, and credentialed URLs are named', () => {
    expect(problemsOf({ links: { privacy: '   ', terms: 'terms.html', support: 'https://user:pw@help.example.org/' } })).toEqual([
      '"links.privacy" must be an https URL or a path on this site such as "/privacy.html".',
      '"links.terms" ("terms.html") is not an https URL or a path on this site such as "/privacy.html".',
      '"links.support" ("https://user:pw@help.example.org/") must not carry a user name or password.',
    ])
    expect(problemsOf({ links: { privacy: 'https://someone@example.org/privacy' } })).toEqual(['"links.privacy" ("https://someone@example.org/privacy") must not carry a user name or password.'])
    expect(problemsOf({ links: { terms: 'ftp://example.org/terms' } })).toEqual(['"links.terms" ("ftp://example.org/terms") is not an https URL or a path on this site such as "/privacy.html".'])
    expect(problemsOf({ links: { support: 'mailto:help@example.org' } })).toEqual([])
  })

  it('links must be an object', () => {
    expect(problemsOf({ links: 'https://example.org/privacy' })).toEqual(['"links" must be an object.'])
    expect(problemsOf({ links: null })).toEqual(['"links" must be an object.'])
  })

  it('auditEndpoint: kept trimmed; a mailto:, blank or credentialed value is named', () => {
    expect(validateConfig({ auditEndpoint: ' /audit-events ' }, prod()).auditEndpoint).toBe('/audit-events')
    expect(problemsOf({ auditEndpoint: 'mailto:audit@example.org' })).toEqual(['"auditEndpoint" ("mailto:audit@example.org") is not an https URL or a path on this site such as "/privacy.html".'])
    expect(problemsOf({ auditEndpoint: '' })).toEqual(['"auditEndpoint" must be an https URL or a path on this site such as "/privacy.html".'])
    expect(problemsOf({ auditEndpoint: 'https://a:b@audit.example.org/in' })).toEqual(['"auditEndpoint" ("https://a:b@audit.example.org/in") must not carry a user name or password.'])
  })

  it('organizations: valid entries are kept as written', () => {
    const organizations = [
      { name: 'Hospital A', fhirBase: 'https://fhir.a.example.org/R4', vendor: 'cerner', persona: 'provider', place: 'Springfield' },
      { name: 'Clinic B', fhirBase: 'http://localhost:4010/fhir', vendor: 'epic', persona: 'patient' },
      { name: 'Clinic C', fhirBase: 'https://fhir.c.example.org', vendor: 'generic', persona: 'both' },
    ]
    expect(validateConfig({ organizations }, prod()).organizations).toEqual(organizations)
  })

  it('organizations: every wrong field of every entry is named', () => {
    expect(problemsOf({ organizations: { name: 'A' } })).toEqual(['"organizations" must be a list.'])
    expect(
      problemsOf({
        organizations: [
          null,
          { name: '', fhirBase: '/fhir/r4' },
          { name: 7, fhirBase: 'https://u:p@fhir.example.org' },
          { name: 'D', fhirBase: 'https://fhir.d.example.org', vendor: 'meditech', persona: 'admin' },
          { name: 'E', fhirBase: 42 },
        ],
      }),
    ).toEqual([
      '"organizations[0]" needs a "name".',
      '"organizations[0]".fhirBase must be an absolute http(s) URL.',
      '"organizations[1]" needs a "name".',
      '"organizations[1]".fhirBase must be an absolute http(s) URL.',
      '"organizations[2]" needs a "name".',
      '"organizations[2]".fhirBase must be an absolute http(s) URL.',
      '"organizations[3]".vendor must be epic, cerner or generic.',
      '"organizations[3]".persona must be patient, provider or both.',
      '"organizations[4]".fhirBase must be an absolute http(s) URL.',
    ])
  })
})
