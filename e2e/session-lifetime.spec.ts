import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, setFaults, signIn, WALTER } from './flows.ts'

test.afterEach(async ({ page }) => setFaults(page, null))

test('a 30-second token refreshes at most 4 times a minute, without interrupting the user', async ({ page }) => {
  const refreshes: number[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.postData()?.includes('grant_type=refresh_token')) refreshes.push(Date.now())
  })
  // The page's clock is virtual, so a minute of the app's timers runs in seconds; the sandbox's
  // tokens live 30 real seconds, which the fast-forward never outlasts.
  await page.clock.install()
  await setFaults(page, { tokenTtl: 30 })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  // A virtual minute in 5-second steps, each followed by a short real pause so that a refresh's
  // answer lands (and the next one is scheduled) before the clock moves on.
  const start = refreshes.length
  for (let i = 0; i < 12; i++) {
    await page.clock.runFor(5_000)
    await page.waitForTimeout(250)
  }
  const inAMinute = refreshes.length - start
  console.log(`[refresh] 30 s token: ${inAMinute} refreshes in one minute of app time`)
  expect(inAMinute).toBeGreaterThanOrEqual(2)
  expect(inAMinute).toBeLessThanOrEqual(4)
  await expect(page.getByRole('heading', { name: 'Session expired' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Data & sources' }).click()
  await expect(page.getByTestId('granted-scope')).toContainText('online_access')
})

test('a FHIR 401 with no way to refresh ends the session and clears the tab', async ({ page, problems }) => {
  problems.expect(/status of 401/)
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'hana')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Hana Mei Takahashi')
  await setFaults(page, { statuses: [{ status: 401, match: '/AllergyIntolerance' }] })
  await page.getByRole('button', { name: 'Refresh data' }).click()
  await expect(page.getByRole('heading', { name: 'Session expired' })).toBeVisible()
  await expect(page.getByText('Hana Mei Takahashi')).toHaveCount(0)
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0)
})

test('a FHIR 401 triggers one refresh; refused again, the session ends', async ({ page, problems }) => {
  problems.expect(/status of 401/)
  const refreshes: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.postData()?.includes('grant_type=refresh_token')) refreshes.push(r.url())
  })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await setFaults(page, { statuses: [{ status: 401, match: '/Patient/' }] })
  await page.getByRole('button', { name: 'Refresh data' }).click()
  await expect(page.getByRole('heading', { name: 'Session expired' })).toBeVisible()
  expect(refreshes).toHaveLength(1)
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0)
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
  await expect(page.getByTestId('patient-name')).toHaveText(WALTER.epic)
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
