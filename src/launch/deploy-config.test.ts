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
})
