import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, setFaults, signIn } from './flows.ts'

test.afterEach(async ({ page }) => setFaults(page, null))

test('Cerner short-lived tokens are refreshed before expiry without interrupting the user', async ({ page }) => {
  const refreshes: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.postData()?.includes('grant_type=refresh_token')) refreshes.push(r.url())
  })
  // 62 s tokens: the app refreshes a minute early, so within about two seconds.
  await setFaults(page, { tokenTtl: 62 })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect.poll(() => refreshes.length, { timeout: 10_000 }).toBeGreaterThan(0)
  await expect(page.getByRole('heading', { name: 'Session expired' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Data & sources' }).click()
  await expect(page.getByTestId('granted-scope')).toContainText('online_access')
})

test('without a refresh token the session ends with one clear way back in', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1))
  // The browser's clock is driven by the test, so a slow machine cannot expire the token before the
  // chart is on screen, and the test does not wait for real time to pass.
  await page.clock.install()
  await setFaults(page, { tokenTtl: 120 })
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'walter')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Walter Ingvald Lindqvist')
  await expect(page.getByRole('heading', { name: 'Session expired' })).toHaveCount(0)
  await page.clock.fastForward('02:01')
  await expect(page.getByRole('heading', { name: 'Session expired' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/')
  await checkScreen(page, testInfo, 'session-expired')
})

test('an idle session signs itself out and clears the tab', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1))
  await page.clock.install()
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'hana')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Hana Mei Takahashi')
  await page.clock.fastForward('16:00')
  await expect(page.getByRole('heading', { name: 'Signed out after inactivity' })).toBeVisible()
  await expect(page.getByText('Hana Mei Takahashi')).toHaveCount(0)
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0)
  await checkScreen(page, testInfo, 'signed-out-idle')
})
