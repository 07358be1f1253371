import { expect, test } from '@playwright/test'
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
    await page.getByRole('button', { name: 'Launch app' }).click()

    const app = page.frameLocator('iframe[title="SMART app"]')
    await expect(app.getByTestId('patient-name')).toHaveText('Walter Ingvald Lindqvist')
    await expect(app.getByTestId('granted-scope')).toContainText('launch')
    expect(new URL(page.url()).hostname).toBe('127.0.0.1')
  })
}
