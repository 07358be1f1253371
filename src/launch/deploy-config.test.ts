// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../fhir/testing/fetch-mock.ts'
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

describe('defaults from the VITE_* build variables', () => {
  it('with no variables: every shipped directory, nothing else configured, sandbox and hints off outside dev', () => {
    expect(defaultConfig({})).toEqual({
      directories: ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4'],
      brandsBundles: [],
      organizations: [],
      clientIds: {},
      sandbox: false,
      developerHints: false,
      ehrOrigins: [],
      links: {},
    })
  })

  it('lists are split on commas, trimmed, and empty entries or empty values are ignored', () => {
    const cfg = defaultConfig({
      VITE_DIRECTORIES: ' epic-r4 ,, https://dir.example.org/index.json ,',
      VITE_BRANDS_URL: 'https://a.example.org/brands.json, /brands/local.json',
      VITE_EHR_ORIGINS: 'https://*.ehr.example.net ,https://ehr.example.org:8443',
    })
    expect(cfg.directories).toEqual(['epic-r4', 'https://dir.example.org/index.json'])
    expect(cfg.brandsBundles).toEqual(['https://a.example.org/brands.json', '/brands/local.json'])
    expect(cfg.ehrOrigins).toEqual(['https://*.ehr.example.net', 'https://ehr.example.org:8443'])
    // An empty or blank variable (as .env.example ships them) means "not set".
    expect(defaultConfig({ VITE_DIRECTORIES: '  ', VITE_BRANDS_URL: '', VITE_EHR_ORIGINS: ' ' })).toMatchObject({
      directories: ['epic-r4', 'oracle-patient-r4', 'oracle-provider-r4'],
      brandsBundles: [],
      ehrOrigins: [],
    })
  })

  it('each client id comes from its own variable, trimmed; blank ones are left unset', () => {
    const cfg = defaultConfig({
      VITE_EPIC_CLIENT_ID: ' epic-id ',
      VITE_CERNER_CLIENT_ID: 'oracle-patient-id',
      VITE_CERNER_PROVIDER_CLIENT_ID: 'oracle-provider-id',
      VITE_CLIENT_ID: 'other-id',
    })
    expect(cfg.clientIds).toStrictEqual({ epic: 'epic-id', oraclePatient: 'oracle-patient-id', oracleProvider: 'oracle-provider-id', other: 'other-id' })
    const blank = defaultConfig({ VITE_EPIC_CLIENT_ID: '', VITE_CLIENT_ID: '   ' })
    expect(blank.clientIds.epic).toBeUndefined()
    expect(blank.clientIds.other).toBeUndefined()
  })

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('a flag set to "%s" is %s whatever the build mode', (value, expected) => {
    for (const DEV of [true, false]) {
      expect(defaultConfig({ DEV, VITE_SHOW_SANDBOX: value })).toMatchObject({ sandbox: expected, developerHints: DEV })
      expect(defaultConfig({ DEV, VITE_DEVELOPER_HINTS: value })).toMatchObject({ developerHints: expected, sandbox: DEV })
    }
  })

  it('a flag that is unset, empty or unrecognised follows the build mode', () => {
    for (const value of [undefined, '', 'yes', 'TRUE']) {
      expect(defaultConfig({ DEV: true, VITE_SHOW_SANDBOX: value, VITE_DEVELOPER_HINTS: value })).toMatchObject({ sandbox: true, developerHints: true })
      expect(defaultConfig({ DEV: false, VITE_SHOW_SANDBOX: value, VITE_DEVELOPER_HINTS: value })).toMatchObject({ sandbox: false, developerHints: false })
    }
  })

  it('without an argument it reads the build variables', () => {
    expect(import.meta.env.DEV).toBe(true)
    expect(defaultConfig()).toEqual(defaultConfig(import.meta.env))
    expect(defaultConfig()).toMatchObject({ sandbox: true, developerHints: true })
  })
})

describe('loading the deploy file', () => {
  const fetchMock = mockFetch()
  // The file is read once per page: each test gets a fresh module, as a fresh page would.
  beforeEach(() => vi.resetModules())
  const load = async () => (await import('./deploy-config.ts')).loadDeployConfig()
  // After resetModules the module's ConfigError is a new class, not the one imported at the top.
  const failure = async () => {
    const fresh = await import('./deploy-config.ts')
    const error = await fresh.loadDeployConfig().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(fresh.ConfigError)
    return error as ConfigError
  }

  it('asks this site for the file, bypassing the cache, and applies it over the defaults', async () => {
    fetchMock.mockResolvedValue(Response.json({ sandbox: false, brandsBundles: ['/brands.json'] }))
    expect(await load()).toEqual({ ...defaultConfig(), sandbox: false, brandsBundles: ['/brands.json'] })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [url, init] = fetchMock.mock.calls[0]
    expect(String(url)).toBe(new URL('/chart-lens.config.json', window.location.href).href)
    expect(init).toEqual({ headers: { accept: 'application/json' }, cache: 'no-store' })
  })

  it('is read once per page', async () => {
    fetchMock.mockResolvedValue(Response.json({}))
    const { loadDeployConfig } = await import('./deploy-config.ts')
    const first = loadDeployConfig()
    expect(loadDeployConfig()).toBe(first)
    await first
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('a missing file (404) means the build defaults', async () => {
    fetchMock.mockResolvedValue(new Response('not here', { status: 404 }))
    expect(await load()).toEqual(defaultConfig())
  })

  it('any other failing status is an error naming it', async () => {
    fetchMock.mockResolvedValue(new Response('oops', { status: 503 }))
    expect((await failure()).problems).toEqual(['The server answered 503 for it.'])
  })

  it('a network failure gives a readable message, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch')
    fetchMock.mockRejectedValue(cause)
    const error = await load().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe("The app's settings could not be loaded. Check the connection and reload the page.")
    expect((error as Error).cause).toBe(cause)
  })

  it('a file that is not JSON is an error saying so', async () => {
    fetchMock.mockResolvedValue(new Response('{ "sandbox": true,', { status: 200, headers: { 'content-type': 'application/json' } }))
    expect((await failure()).problems).toEqual(['It is not valid JSON.'])
  })

  it('an invalid file is an error listing its problems', async () => {
    fetchMock.mockResolvedValue(Response.json({ sandbox: 'yes' }))
    expect((await failure()).problems).toEqual(['"sandbox" must be true or false.'])
  })
})
