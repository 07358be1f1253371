// The deploy-time file the e2e production build runs with: written into the built output after
// `vite build`, exactly as a deployer would, so nothing about these organizations is compiled in.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { E2E_SANDBOX_PORT, SANDBOX } from './ports.ts'

const TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'

export const EPIC_CUSTOMER = { name: 'Northfield Health', fhirBase: `${SANDBOX}/northfield-health/FHIRProxy/api/FHIR/R4/` }
export const ORACLE_PROVIDER = { name: 'Lakeshore Medical Center', fhirBase: `${SANDBOX}/fhir-ehr/r4/${TENANT}/` }
export const ORACLE_PATIENT = { name: 'Lakeshore Medical MyRecord', fhirBase: `${SANDBOX}/fhir-myrecord/r4/${TENANT}/` }

export const deployConfig = {
  $comment: 'Written by e2e/deploy-config.ts for the e2e run.',
  sandbox: true,
  // The EHR simulator frames the app from here, as a web EHR would from its own origin.
  ehrOrigins: [`http://127.0.0.1:${E2E_SANDBOX_PORT}`],
  // Audit events go to the production server's own log (npm run serve), where the audit spec reads them.
  auditEndpoint: '/audit-events',
  clientIds: { epic: 'epic-sandbox-app', oraclePatient: 'cerner-sandbox-patient-app', oracleProvider: 'cerner-sandbox-provider-app' },
  organizations: [
    EPIC_CUSTOMER,
    // Oracle's real bases are recognised by host (fhir-ehr / fhir-myrecord .cerner.com); on the sandbox's
    // own host the deployer says the vendor and persona.
    { ...ORACLE_PROVIDER, vendor: 'cerner', persona: 'provider', place: 'Madison, WI' },
    { ...ORACLE_PATIENT, vendor: 'cerner', persona: 'patient', place: 'Green Bay, WI' },
  ],
}

if (process.argv[1]?.endsWith('deploy-config.ts')) {
  const outDir = process.argv[2] ?? 'dist-e2e'
  writeFileSync(join(outDir, 'chart-lens.config.json'), JSON.stringify(deployConfig, null, 2))
}
