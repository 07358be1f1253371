import { expect, test } from './fixtures.ts'
import { type Page } from '@playwright/test'
import { EPIC_CUSTOMER, ORACLE_PATIENT, ORACLE_PROVIDER } from './deploy-config.ts'
import { consent, recordRequests, signIn, simulatorLaunchUrl, WALTER } from './flows.ts'
import { SANDBOX } from './ports.ts'

// The production build knows these organizations only from its deploy-time file (e2e/deploy-config.ts).

/** A launch code from the EHR simulator, as the EHR would mint it for this patient. */
async function launchCode(page: Page, vendor: 'epic' | 'cerner'): Promise<string> {
  return new URL(await simulatorLaunchUrl(page, vendor, 'walter', { banner: 'app' })).searchParams.get('launch')!
}

for (const [vendor, org] of [
  ['epic', EPIC_CUSTOMER],
  ['cerner', ORACLE_PROVIDER],
] as const) {
  test(`EHR launch with iss = a ${vendor === 'epic' ? 'FHIRProxy Epic customer' : 'fhir-ehr Oracle tenant'} base reaches the chart and names the organization`, async ({ page }) => {
    const code = await launchCode(page, vendor)
    const authorizeUrls: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/authorize?')) authorizeUrls.push(r.url())
    })
    await page.goto(`/launch?${new URLSearchParams({ iss: org.fhirBase, launch: code })}`)
    await expect(page.getByTestId('patient-name')).toHaveText(WALTER[vendor])
    await expect(page.getByText(`Connected to ${org.name}`)).toBeVisible()
    const authorize = new URL(authorizeUrls[0])
    expect(authorize.searchParams.get('aud')).toBe(org.fhirBase.replace(/\/$/, ''))
    expect(authorize.searchParams.get('client_id')).toBe(vendor === 'epic' ? 'epic-sandbox-app' : 'cerner-sandbox-provider-app')
  })
}

test('a patient base cannot take an EHR launch, and a host-case variant of a configured base is refused', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto(`/launch?${new URLSearchParams({ iss: ORACLE_PATIENT.fhirBase, launch: 'abc' })}`)
  await expect(page.getByRole('heading', { name: 'Server not allowed' })).toBeVisible()
  await page.goto(`/launch?${new URLSearchParams({ iss: EPIC_CUSTOMER.fhirBase.replace('localhost', 'LOCALHOST'), launch: 'abc' })}`)
  await expect(page.getByRole('alert')).toContainText('letter case')
  expect(requests.filter((u) => u.startsWith(SANDBOX))).toEqual([])
})

test('standalone launch against a server publishing code_challenge_methods_supported: [] still sends S256 and reaches the chart', async ({ page }) => {
  const discovery = await page.request.get(`${ORACLE_PATIENT.fhirBase}.well-known/smart-configuration`)
  expect((await discovery.json()).code_challenge_methods_supported).toEqual([])

  await page.goto('/')
  await expect(page.getByText(/VITE_|client id/i)).toHaveCount(0)
  await page.getByLabel('Health system, city or portal name').fill('green bay')
  await page.getByRole('button', { name: new RegExp(ORACLE_PATIENT.name) }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  const authorize = new URL(page.url())
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
  expect(authorize.searchParams.get('client_id')).toBe('cerner-sandbox-patient-app')
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByText(`Connected to ${ORACLE_PATIENT.name}`)).toBeVisible()
})

test('a standalone launch picked from the shipped Oracle list by city reaches the chart (Oracle host mapped to the sandbox)', async ({ page }) => {
  // The shipped entry's real base, answered by the sandbox's fhir-myrecord-shaped base as if DNS pointed
  // there: requests to the real host are fetched from the sandbox, and every URL in either direction is
  // rewritten, so the app only ever sees the real base. Nothing in the app or its deploy file knows it.
  const REAL = 'https://fhir-myrecord.cerner.com/r4/032e9fee-d494-4ca3-97ce-b40c8d2eecf6'
  const LOCAL = ORACLE_PATIENT.fhirBase.replace(/\/$/, '')
  const swap = (s: string, from: string, to: string) => s.split(from).join(to).split(encodeURIComponent(from)).join(encodeURIComponent(to))
  await page.route('https://fhir-myrecord.cerner.com/**', async (route) => {
    const req = route.request()
    const res = await route.fetch({ url: swap(req.url(), REAL, LOCAL) })
    await route.fulfill({ response: res, body: swap(await res.text(), LOCAL, REAL) })
  })
  await page.route(`${SANDBOX}/**`, (route) => route.continue({ url: swap(route.request().url(), REAL, LOCAL) }))

  await page.goto('/')
  await page.getByLabel('Health system, city or portal name').fill('kansas city mo')
  await page.getByRole('button', { name: /Clay Platte Family Medicine Clinic/ }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('client_id')).toBe('cerner-sandbox-patient-app')
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByText('Connected to Clay Platte Family Medicine Clinic')).toBeVisible()
})
