import { expect, test } from './fixtures.ts'
import { type Page } from '@playwright/test'
import { LOCAL_CERNER, LOCAL_EPIC } from './flows.ts'

const search = (page: Page) => page.getByLabel('Health system, city or portal name')

test('the shipped Oracle list is searchable by city; a server that does not answer gets its own page with a way back', async ({ page, problems }) => {
  problems.expect(/ERR_NAME_NOT_RESOLVED \(https:\/\/fhir-myrecord\.cerner\.com\//)
  // Hold the directory download to see the loading state; the real Oracle host is unreachable from here.
  let release = () => {}
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/directories/*.json', async (route) => {
    await held
    await route.continue()
  })
  await page.route('https://fhir-myrecord.cerner.com/**', (route) => route.abort('namenotresolved'))
  await page.goto('/')
  await expect(page.getByRole('status')).toHaveText('Loading the list of health systems…')
  release()

  await search(page).fill('kansas city mo')
  const clinic = page.getByRole('button', { name: /Clay Platte Family Medicine Clinic/ })
  await expect(clinic).toContainText('Kansas City, MO')
  await clinic.click()
  await expect(page.getByRole('heading', { name: "This health system's server did not answer" })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('fhir-myrecord.cerner.com')
  await page.getByRole('button', { name: 'Choose another health system' }).click()
  await expect(search(page)).toBeVisible()

  // The choice (name and base only) is remembered on this device.
  await page.reload()
  await expect(page.getByRole('button', { name: /Last used on this device\s*Clay Platte Family Medicine Clinic/ })).toBeVisible()
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
  expect(JSON.parse(stored)).toEqual({ 'chart-lens:last-health-system': JSON.stringify({ name: 'Clay Platte Family Medicine Clinic', fhirBase: 'https://fhir-myrecord.cerner.com/r4/032e9fee-d494-4ca3-97ce-b40c8d2eecf6' }) })
})

test('typos, punctuation and arrow keys; no match says what to try', async ({ page }) => {
  await page.goto('/')
  await search(page).fill('lakshore (local)')
  await expect(page.getByRole('button', { name: new RegExp(LOCAL_CERNER.replace(/[()]/g, '\\$&')) })).toBeVisible()

  await search(page).fill('local sandbox')
  await expect(page.getByRole('button', { name: new RegExp(LOCAL_EPIC.replace(/[()]/g, '\\$&')) })).toBeVisible()
  const results = page.locator('#health-system-results [data-choice]')
  await search(page).press('ArrowDown')
  await expect(results.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(results.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(search(page)).toBeFocused()

  await search(page).fill('xqzvw')
  await expect(page.getByText('No health system matches “xqzvw”. Check the spelling, try the city or state, or use fewer words.')).toBeVisible()
})
