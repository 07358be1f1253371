import { createSandbox } from '../sandbox.ts'
import { serve } from './node-adapter.ts'

const port = Number(process.env.SANDBOX_PORT ?? 4010)
const appUrl = process.env.APP_URL ?? 'http://localhost:5173'
const tokenTtl = process.env.SANDBOX_TOKEN_TTL ? Number(process.env.SANDBOX_TOKEN_TTL) : undefined

const sandbox = createSandbox({ appUrl, tokenTtl })
serve(sandbox.handle).listen(port, () => {
  const o = `http://localhost:${port}`
  console.log(`Sandbox (Epic + Cerner emulator) on ${o}`)
  console.log(`  Epic FHIR base        ${o}/epic/api/FHIR/R4`)
  console.log(`  Cerner patient base   ${o}/cerner/r4/<tenant>  (see ${o}/)`)
  console.log(`  EHR simulator         http://127.0.0.1:${port}/ehr  (launches ${appUrl})`)
})
