import { describe, expect, it } from 'vitest'
import { ConfigError, defaultConfig, validateConfig } from './deploy-config.ts'

const prodDefaults = defaultConfig({ PROD: true, DEV: false, VITE_EPIC_CLIENT_ID: 'from-env' })

describe('deploy-time configuration', () => {
  it('production defaults hide the sandboxes and developer wording, and offer every shipped directory', () => {
    expect(prodDefaults).toMatchObject({ sandbox: false, developerHints: false, directories: ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4'] })
    expect(defaultConfig({ DEV: true })).toMatchObject({ sandbox: true, developerHints: true })
    expect(defaultConfig({ DEV: false, VITE_SHOW_SANDBOX: '1', VITE_DIRECTORIES: 'epic-r4' })).toMatchObject({ sandbox: true, directories: ['epic-r4'] })
  })

  it('the file overrides the VITE_* defaults, client ids key by key', () => {
    const cfg = validateConfig({ clientIds: { oracleProvider: 'prov' }, directories: ['oracle-provider-r4'], sandbox: true }, prodDefaults)
    expect(cfg.clientIds).toEqual({ epic: 'from-env', oraclePatient: undefined, oracleProvider: 'prov', other: undefined })
    expect(cfg).toMatchObject({ directories: ['oracle-provider-r4'], sandbox: true, developerHints: false })
  })

  it('names every problem instead of guessing', () => {
    let error: unknown
    try {
      validateConfig(
        { clientId: 'x', clientIds: { cerner: 'y', epic: '' }, directories: ['epic-r5'], sandbox: 'yes', organizations: [{ name: 'A', fhirBase: 'ftp://a' }] },
        prodDefaults,
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      'Unknown setting "clientId".',
      '"directories" entry "epic-r5" is not a shipped directory (epic-r4, oracle-patient-r4, oracle-provider-r4).',
      '"clientIds.cerner" is not a known client id (epic, oraclePatient, oracleProvider, other).',
      '"clientIds.epic" must be a non-empty string.',
      '"sandbox" must be true or false.',
      '"organizations[0]".fhirBase must be an absolute http(s) URL.',
    ])
    expect(() => validateConfig([], prodDefaults)).toThrow('must hold one JSON object')
  })

  describe('links to the privacy policy, terms and support', () => {
    const problemsOf = (links: unknown) => {
      try {
        validateConfig({ links }, prodDefaults)
      } catch (e) {
        return (e as ConfigError).problems
      }
      return []
    }

    it('keeps https URLs, same-site paths and a support mailto: address', () => {
      const links = { privacy: 'https://example.org/privacy', terms: ' /legal/terms.html ', support: 'mailto:help@example.org' }
      expect(validateConfig({ links }, prodDefaults).links).toEqual({ privacy: 'https://example.org/privacy', terms: '/legal/terms.html', support: 'mailto:help@example.org' })
      expect(prodDefaults.links).toEqual({})
    })

    it('refuses a javascript: URL, naming the field, however it is spelled', () => {
      expect(problemsOf({ terms: 'javascript:alert(1)' })).toEqual(['"links.terms" must not be a javascript: URL.'])
      expect(problemsOf({ privacy: ' JavaScript:alert(1)' })).toEqual(['"links.privacy" must not be a javascript: URL.'])
    })

    it('refuses plain http except on localhost', () => {
      expect(problemsOf({ privacy: 'http://example.org/privacy' })).toEqual(['"links.privacy" ("http://example.org/privacy") must use https: plain http is accepted only for localhost.'])
      expect(problemsOf({ privacy: 'http://localhost:8080/privacy.html', terms: 'http://127.0.0.1/terms.html' })).toEqual([])
    })

    it('refuses paths that lead to another site, mailto: outside support, unknown keys and non-strings', () => {
      expect(problemsOf({ privacy: '//evil.example/p', terms: '/\\evil.example/t', support: 42, about: '/about.html' })).toEqual([
        '"links.privacy" ("//evil.example/p") leaves this site; write other sites as full https URLs.',
        '"links.terms" ("/\\evil.example/t") leaves this site; write other sites as full https URLs.',
        '"links.support" must be an https URL, a mailto: address or a path on this site such as "/privacy.html".',
        '"links.about" is not a known link (privacy, terms, support).',
      ])
      expect(problemsOf({ privacy: 'mailto:a@example.org' })).toEqual(['"links.privacy" ("mailto:a@example.org") is not an https URL or a path on this site such as "/privacy.html".'])
      expect(problemsOf(['/privacy.html'])).toEqual(['"links" must be an object.'])
    })
  })

  it('an audit endpoint is a path on this site or an https URL, never plain http to another host', () => {
    expect(validateConfig({ auditEndpoint: '/audit-events' }, prodDefaults).auditEndpoint).toBe('/audit-events')
    expect(validateConfig({ auditEndpoint: 'https://audit.example.org/in' }, prodDefaults).auditEndpoint).toBe('https://audit.example.org/in')
    expect(prodDefaults.auditEndpoint).toBeUndefined()
    expect(() => validateConfig({ auditEndpoint: 'http://audit.example.org/in' }, prodDefaults)).toThrow(/"auditEndpoint" \("http:\/\/audit.example.org\/in"\) must use https/)
    expect(() => validateConfig({ auditEndpoint: '//audit.example.org/in' }, prodDefaults)).toThrow(/"auditEndpoint" .* leaves this site/)
  })
})
