import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../sandbox.ts'
import { CERNER_EHR_SHAPED_FHIR_PATH, CERNER_MYRECORD_SHAPED_FHIR_PATH } from '../../vendors/cerner/config.ts'
import { EPIC_CUSTOMER_FHIR_PATH } from '../../vendors/epic/config.ts'

const O = 'http://localhost:4010'
const sandbox = createSandbox()
const get = async (path: string) => (await sandbox.handle(new Request(O + path))).json()

describe('real-looking bases', () => {
  it('an Epic customer-shaped base publishes its OAuth endpoints under the same FHIRProxy prefix', async () => {
    const cfg = await get(`${EPIC_CUSTOMER_FHIR_PATH}/.well-known/smart-configuration`)
    expect(cfg.authorization_endpoint).toBe(`${O}/northfield-health/FHIRProxy/oauth2/authorize`)
    expect(cfg.code_challenge_methods_supported).toEqual(['S256'])
    expect(JSON.stringify(cfg)).not.toContain(`${O}/epic/`)
  })

  it('the fhir-myrecord-shaped base publishes an empty PKCE method list; the fhir-ehr-shaped one lists S256', async () => {
    expect((await get(`${CERNER_MYRECORD_SHAPED_FHIR_PATH}/.well-known/smart-configuration`)).code_challenge_methods_supported).toEqual([])
    expect((await get(`${CERNER_EHR_SHAPED_FHIR_PATH}/.well-known/smart-configuration`)).code_challenge_methods_supported).toEqual(['S256'])
  })

  it('FHIR answers under an alias carry only alias URLs', async () => {
    const res = await sandbox.handle(new Request(`${O}${EPIC_CUSTOMER_FHIR_PATH}/metadata`))
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).not.toContain(`${O}/epic/`)
  })
})
