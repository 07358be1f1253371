// Code loaded on first use can fail: offline, or after a redeploy removed the chunk. The app never
// goes blank, says what happened, and "Reload this section" brings the section back.
import { expect, test } from './fixtures.ts'
import { type Page } from '@playwright/test'
import { chooseHealthSystem, consent, LOCAL_EPIC, signIn } from './flows.ts'

async function signedIn(page: Page) {
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
}

test('opening a section not visited yet while offline: a message and a working reload, never a blank app', async ({ page, context, problems }) => {
  problems.expect(/Failed to fetch dynamically imported module/)
  problems.expect(/^request failed: GET .*\/assets\/\S+ net::ERR_INTERNET_DISCONNECTED$/)
  problems.expect(/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(.*\/assets\//)
  // The section's audit event cannot reach the collector offline either; the app sends it again once online.
  problems.expect(/^request failed: POST .*\/audit-events net::ERR_INTERNET_DISCONNECTED$/)
  problems.expect(/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(.*\/audit-events\)$/)
  await signedIn(page)
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Labs', exact: true }).click()
  const failed = page.getByTestId('section-failed')
  await expect(failed).toContainText('This section could not be loaded because you are offline.')
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await context.setOffline(false)
  await failed.getByRole('button', { name: 'Reload this section' }).click()
  await expect(page.getByRole('heading', { name: 'Labs', level: 2 })).toBeVisible()
  await expect(page.getByText('Hemoglobin A1c').first()).toBeVisible()
})

test('after a redeploy (the chunk 404s) the page reloads once, then offers "Reload this section"', async ({ page, problems }) => {
  problems.expect(/Failed to fetch dynamically imported module/)
  problems.expect(/^HTTP 404: GET .*\/assets\/vitals-panel-/)
  problems.expect(/status of 404 \(Not Found\) \(.*\/assets\/vitals-panel-/)
  await signedIn(page)
  let loads = 0
  page.on('load', () => loads++)
  await page.route(/\/assets\/vitals-panel-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }))
  await page.getByRole('link', { name: 'Vitals', exact: true }).click()
  const failed = page.getByTestId('section-failed')
  await expect(failed).toContainText('This section could not be loaded.')
  // One automatic reload, not a loop; the session survived it.
  expect(loads).toBe(1)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await page.unroute(/\/assets\/vitals-panel-[^/]*\.js$/)
  await failed.getByRole('button', { name: 'Reload this section' }).click()
  await expect(page.getByRole('heading', { name: 'Vitals', level: 2 })).toBeVisible()
  expect(loads).toBe(1)
})
