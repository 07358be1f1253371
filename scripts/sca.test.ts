import { describe, expect, it } from 'vitest'
import { auditOutcome, lockfileProblems, runtimeProblems, scriptOriginProblems, type LockEntry } from './sca.ts'

const pinned = (over: Partial<LockEntry> = {}): LockEntry => ({ integrity: 'sha512-abc', license: 'MIT', ...over })

describe('npm run sca', () => {
  it('refuses a package from git, a tarball URL or without a sha512 pin; bundled and linked ones are the parent\'s', () => {
    const problems = lockfileProblems({
      '': {},
      'node_modules/react': pinned(),
      'node_modules/react-dom': pinned({ resolved: 'https://registry.npmjs.org/react-dom/-/react-dom-19.0.0.tgz' }),
      'node_modules/left-pad': pinned({ resolved: 'git+ssh://git@github.com/x/left-pad.git#abc' }),
      'node_modules/a/node_modules/evil': pinned({ resolved: 'https://evil.example/evil-1.0.0.tgz' }),
      'node_modules/old': pinned({ integrity: 'sha1-xyz' }),
      'node_modules/x/node_modules/bundled': { inBundle: true },
      'node_modules/local': { link: true },
    })
    expect(problems).toEqual([
      'left-pad: resolved from git+ssh://git@github.com/x/left-pad.git#abc, not the npm registry',
      'evil: resolved from https://evil.example/evil-1.0.0.tgz, not the npm registry',
      'old: no sha512 integrity in the lockfile',
    ])
  })

  it('a runtime package needs an accepted license (or a reviewed one) and no unreviewed install script; dev tools are not shipped', () => {
    const problems = runtimeProblems(
      {
        'node_modules/react': pinned(),
        'node_modules/gpl-thing': pinned({ license: 'GPL-3.0-only' }),
        'node_modules/unlabelled': pinned({ license: undefined }),
        'node_modules/@lhncbc/ucum-lhc': pinned({ license: undefined }),
        'node_modules/postinstaller': pinned({ hasInstallScript: true }),
        'node_modules/core-js': pinned({ hasInstallScript: true }),
        'node_modules/dev-only': pinned({ dev: true, license: 'GPL-3.0-only', hasInstallScript: true }),
      },
      (path) => (path.endsWith('unlabelled') ? undefined : 'SEE LICENSE IN LICENSE.md'),
    )
    expect(problems).toEqual([
      'gpl-thing: license "GPL-3.0-only" is not on the accepted list',
      'unlabelled: license missing is not on the accepted list',
      'postinstaller: runs an install script that nobody reviewed',
    ])
  })

  it('a script from another origin in index.html is a problem; the app\'s own module is not', () => {
    expect(scriptOriginProblems('<script type="module" src="/src/main.tsx"></script>')).toEqual([])
    expect(scriptOriginProblems('<script src="https://cdn.example/analytics.js"></script><script src=//cdn.example/x.js></script>')).toEqual([
      'index.html loads a script from another origin: https://cdn.example/analytics.js',
      'index.html loads a script from another origin: //cdn.example/x.js',
    ])
  })

  it('counts high and critical advisories, and says so when the advisory database was not reached', () => {
    expect(auditOutcome(JSON.stringify({ metadata: { vulnerabilities: { low: 3, high: 1, critical: 2 } } }))).toEqual({ checked: true, high: 1, critical: 2 })
    expect(auditOutcome(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }))).toEqual({
      checked: false,
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    })
    expect(auditOutcome('')).toEqual({ checked: false, reason: 'npm audit gave no JSON answer' })
  })
})
