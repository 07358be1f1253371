// Oracle Health data as the recordings show it (vendors.md §8), driven over the emulator: growth
// percentiles and Z-scores arrive in vital-signs searches, and labs arrive with high-only ranges
// and no flag at all; readings dated 2099 or a blood pressure of 1/1 are marked, never the latest.
import { expect, test } from './fixtures.ts'
import { type Page } from '@playwright/test'
import { E2E_SANDBOX_PORT } from './ports.ts'

const SIMULATOR = `http://127.0.0.1:${E2E_SANDBOX_PORT}/ehr`

async function launch(page: Page, patient: string) {
  await page.setViewportSize({ width: 1100, height: 900 })
  await page.goto(SIMULATOR)
  await page.getByLabel('EHR', { exact: true }).selectOption('cerner')
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: patient })
  await page.getByRole('button', { name: 'Launch app' }).click()
  const app = page.frameLocator('iframe[title="SMART app"]')
  await expect(app.getByRole('heading', { name: 'Summary' })).toBeVisible()
  return app
}

test('cerner: a child’s growth percentiles and Z-scores show as vitals, nothing unreadable', async ({ page }) => {
  const app = await launch(page, 'Sofía Isabel Ríos Morales, born 2019-04-17')
  await app.getByRole('navigation').getByRole('link', { name: 'Vitals' }).click()
  await expect(app.getByText('Weight percentile').first()).toBeVisible()
  await expect(app.getByText('BMI Z-score').first()).toBeVisible()
  await expect(app.getByText('Other measurements').first()).toBeVisible()
  await expect(app.getByText(/could not be read/)).toHaveCount(0)
})

test('cerner: a lab above its high-only range gets a flag computed by the app; one under it is not called "within"', async ({ page }) => {
  const app = await launch(page, 'Lorraine Folake Adeyemi, born 1968-03-22')
  await app.getByRole('navigation').getByRole('link', { name: 'Labs' }).click()
  await app.getByRole('button', { name: /^Potassium/ }).first().click()
  const trend = app.getByRole('region', { name: /^Trend: Potassium/ })
  const critical = trend.getByRole('row').filter({ hasText: '6.4 mmol/L' })
  await expect(critical.getByText('computed by this app')).toBeVisible()
  await expect(critical).toContainText('High')
  await expect(critical).not.toContainText('Critically high')
  // Oracle's range is an upper limit only: a value under it is not called "within" a range the lab never sent whole.
  const unflagged = trend.getByRole('row').filter({ hasText: 'mmol/L' }).filter({ hasNotText: 'High' }).first()
  await unflagged.getByRole('button', { name: /^More about/ }).click()
  await expect(app.getByRole('dialog')).toContainText(/Not above the upper limit \(≤ [\d.]+ mmol\/L\); no lower limit was sent\./)
})

test('cerner: a temperature dated 2099 and a blood pressure of 1/1 are listed as looking wrong, never as the latest', async ({ page }) => {
  const app = await launch(page, 'Mateo Andrés Ríos Castillo, born 1991-07-09')
  const latest = app.getByRole('region', { name: 'Latest vitals' })
  await expect(latest).toContainText('mmHg')
  await expect(latest).not.toContainText('2099')
  await expect(latest).not.toContainText('1/1 mmHg')
  await app.getByRole('navigation').getByRole('link', { name: 'Vitals' }).click()
  const list = app.getByRole('table', { name: 'All vital sign readings, newest first' })
  await expect(list.getByRole('row').filter({ hasText: '2099' })).toContainText('(date looks wrong)')
  await expect(list.getByRole('row').filter({ hasText: '1/1 mmHg' })).toContainText('(value looks wrong)')
})
