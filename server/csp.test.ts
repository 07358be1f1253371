import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { connectOrigins, contentSecurityPolicy } from '../csp.config.ts'
import { defaultConfig } from '../src/launch/deploy-config.ts'

const staticDir = join(import.meta.dirname, '..', 'public')
const sandboxUrl = 'http://localhost:4010'
const prod = (over: object) => ({ ...defaultConfig({ DEV: false }), ...over })

describe('CSP from the deploy configuration', () => {
  it('the Epic directory (hundreds of customer hosts) is allowed as https:, never as plain http', () => {
    const origins = connectOrigins({ config: prod({ directories: ['epic-r4'] }), sandboxUrl, staticDir })
    expect(origins).toEqual(['https:'])
  })

  it('Oracle\'s lists need three exact origins; the sandbox is added only when configured', () => {
    const oracle = prod({ directories: ['oracle-patient-r4', 'oracle-provider-r4'] })
    expect(connectOrigins({ config: oracle, sandboxUrl, staticDir })).toEqual(['https://authorization.cerner.com', 'https://fhir-ehr.cerner.com', 'https://fhir-myrecord.cerner.com'])
    expect(connectOrigins({ config: { ...oracle, sandbox: true }, sandboxUrl, staticDir })).toContain('http://localhost:4010')
  })

  it('an audit collector on another site is allowed exactly; one on this site needs nothing more', () => {
    const oracle = { directories: ['oracle-patient-r4'] }
    expect(connectOrigins({ config: prod({ ...oracle, auditEndpoint: 'https://audit.example.org/chart-lens' }), sandboxUrl, staticDir })).toContain('https://audit.example.org')
    expect(connectOrigins({ config: prod({ ...oracle, auditEndpoint: '/audit-events' }), sandboxUrl, staticDir })).toEqual(connectOrigins({ config: prod(oracle), sandboxUrl, staticDir }))
  })

  it('production pages accept HTML only through Trusted Types, from DOMPurify\'s policy alone', () => {
    const config = prod({ directories: [] })
    const production = contentSecurityPolicy({ config, sandboxUrl, staticDir, dev: false })
    expect(production).toContain("require-trusted-types-for 'script'; trusted-types dompurify")
    expect(contentSecurityPolicy({ config, sandboxUrl, staticDir, dev: true })).not.toContain('trusted-types')
  })

  it('frame-ancestors: configured EHR origins; the local simulator only in development', () => {
    const config = prod({ directories: [], ehrOrigins: ['https://*.ehr.example'] })
    expect(contentSecurityPolicy({ config, sandboxUrl, staticDir, dev: false })).toContain("frame-ancestors 'self' https://*.ehr.example")
    expect(contentSecurityPolicy({ config, sandboxUrl, staticDir, dev: false })).not.toContain('127.0.0.1')
    const dev = contentSecurityPolicy({ config, sandboxUrl, staticDir, dev: true })
    expect(dev).toContain("frame-ancestors 'self' https://*.ehr.example http://127.0.0.1:*")
    expect(dev).toContain("script-src 'self' 'unsafe-inline'")
  })
})
