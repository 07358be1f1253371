import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { recordRequests, WALTER } from './flows.ts'
import { E2E_SANDBOX_PORT } from './ports.ts'

const SIMULATOR = `http://127.0.0.1:${E2E_SANDBOX_PORT}/ehr`

for (const [vendor, label] of [
  ['epic', 'Epic Hyperspace'],
  ['cerner', 'Cerner PowerChart'],
] as const) {
  test(`EHR launch from the ${label} simulator completes inside a cross-site iframe`, async ({ page }) => {
    await page.goto(SIMULATOR)
    await page.getByLabel('EHR', { exact: true }).selectOption(vendor)
    await page.getByLabel('Clinician').selectOption({ index: 0 })
    await page.getByLabel('Patient', { exact: true }).selectOption({ label: 'Walter Ingvald Lindqvist, born 1948-09-30' })
    await page.getByLabel('Patient banner').selectOption('app')
    await page.getByRole('button', { name: 'Launch app' }).click()

    const app = page.frameLocator('iframe[title="SMART app"]')
    await expect(app.getByTestId('patient-name')).toHaveText(WALTER[vendor])
    await expect(app.locator('[data-mode="clinician"]')).toBeVisible()
    await app.getByRole('link', { name: 'Data & sources' }).click()
    await expect(app.getByTestId('granted-scope')).toContainText('launch')
    expect(new URL(page.url()).hostname).toBe('127.0.0.1')
  })
}

test('when the EHR shows its own banner, the app does not repeat it', async ({ page }) => {
  await page.goto(SIMULATOR)
  await page.getByLabel('Patient banner').selectOption('ehr')
  await page.getByRole('button', { name: 'Launch app' }).click()
  const app = page.frameLocator('iframe[title="SMART app"]')
  await expect(app.locator('[data-mode="clinician"]')).toBeVisible()
  await expect(app.getByRole('link', { name: 'Summary' })).toBeVisible()
  await expect(app.getByTestId('patient-name')).toHaveCount(0)
})

test('opened in its own window, the app names the patient in a banner and the title even when the EHR asked it not to', async ({ page }) => {
  await page.goto(SIMULATOR)
  await page.getByLabel('EHR', { exact: true }).selectOption('epic')
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: 'Walter Ingvald Lindqvist, born 1948-09-30' })
  await page.getByLabel('Open the app').selectOption('window')
  await page.getByLabel('Patient banner').selectOption('ehr')
  await page.getByRole('button', { name: 'Launch app' }).click()
  const [app] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Open the app in a new window' }).click()])
  await expect(app.getByTestId('patient-name')).toHaveText(WALTER.epic)
  await expect(app.getByRole('banner', { name: 'Patient' })).toContainText('Born')
  await expect(app).toHaveTitle(`${WALTER.epic} · Summary · Chart Lens`)
  await app.getByRole('navigation').getByRole('link', { name: 'Labs' }).click()
  await expect(app).toHaveTitle(`${WALTER.epic} · Labs · Chart Lens`)
})

const REFUSED = [
  'https://evil.test/fhir',
  `http://localhost:${E2E_SANDBOX_PORT}.evil.test/epic/api/FHIR/R4`,
  `http://localhost:${E2E_SANDBOX_PORT}@evil.test/epic/api/FHIR/R4`,
  `http://LOCALHOST:${E2E_SANDBOX_PORT}/epic/api/FHIR/R4`,
  `http://localhost:${E2E_SANDBOX_PORT}/epic/api/FHIR`,
]
for (const iss of REFUSED) {
  test(`a launch with iss ${iss} is refused before any request leaves for it`, async ({ page }, testInfo) => {
    const requests = recordRequests(page)
    await page.goto(`/launch?${new URLSearchParams({ iss, launch: 'abc' })}`)
    await expect(page.getByRole('heading', { name: 'Server not allowed' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText(iss)
    const appOrigin = new URL(page.url()).origin
    expect(requests.filter((u) => !u.startsWith(appOrigin))).toEqual([])
    // The refusal screen is the same for every iss; one accessibility check covers it.
    if (iss === REFUSED[0]) {
      test.setTimeout(sweepTimeout(1))
      await checkScreen(page, testInfo, 'server-not-allowed')
    }
  })
}
