// The sandbox over real HTTP compresses JSON the way Epic's and Oracle's servers do: gzip when the
// client says it accepts it, plain otherwise, HTML never touched.
import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { patientByKey } from '../data/patients.ts'
import { useSandbox } from '../testing/harness.ts'

const sb = useSandbox()

function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

describe('response compression', () => {
  const walter = () => patientByKey('walter')!.ids

  it('gzips a FHIR search Bundle when the client accepts gzip', async () => {
    const token = sb.mintToken('epic', { patientId: walter().epic })
    const res = await raw(`${sb.base('epic')}/Observation?patient=${walter().epic}&category=vital-signs`, {
      authorization: `Bearer ${token}`,
      accept: 'application/fhir+json',
      'accept-encoding': 'gzip, deflate, br',
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(String(res.headers.vary)).toMatch(/Accept-Encoding/i)
    const text = gunzipSync(res.body).toString('utf8')
    expect(JSON.parse(text)).toMatchObject({ resourceType: 'Bundle', type: 'searchset' })
    expect(res.body.length).toBeLessThan(text.length / 4)
  })

  it('gzips the SMART configuration on the Cerner base too', async () => {
    const res = await raw(`${sb.base('cerner')}/.well-known/smart-configuration`, { 'accept-encoding': 'gzip' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(res.body).toString('utf8'))).toHaveProperty('authorization_endpoint')
  })

  it('sends plain JSON to a client that does not accept gzip', async () => {
    const res = await raw(`${sb.base('epic')}/.well-known/smart-configuration`, {})
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(res.body.toString('utf8'))).toHaveProperty('token_endpoint')
  })

  it('leaves HTML pages uncompressed', async () => {
    const res = await raw(`${sb.origin}/`, { 'accept-encoding': 'gzip' })
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.headers['content-encoding']).toBeUndefined()
  })
})
