// The token endpoint failing under the app: refusing the code exchange, not answering it, and not
// answering a refresh. The browser's clock is driven by the tests that wait for the 30 s deadline.
import { expect, test } from './fixtures.ts'
import { chooseHealthSystem, LOCAL_CERNER, LOCAL_EPIC, setFaults, signIn } from './flows.ts'

test.afterEach(async ({ page }) => setFaults(page, null))

test('Oracle refusing every permission at the code exchange reads as "Permissions refused", with a way back', async ({ page, problems }) => {
  problems.expect(/status of 400/)
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  // Every kind of record unticked: Oracle (and the sandbox) answers the exchange 400 invalid_scope, empty-scopes.
  for (const box of await page.locator('input[name="share"]').all()) await box.uncheck()
  await page.getByRole('button', { name: 'Allow' }).click()
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText('Permissions refused')
  await expect(alert).toContainText('none of the permissions asked for could be granted')
  await expect(alert).toContainText('(error code: invalid_scope)')
  await expect(alert).not.toContainText(/http|token|error_uri|400/)
  await expect(page.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/')
})

test('a code exchange that gets no answer ends after 30 s on "Server did not answer", and signing in again works', async ({ page }) => {
  await page.clock.install()
  await setFaults(page, { token: { answer: 'hang', grant: 'authorization_code', times: 1 } })
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  const exchange = page.waitForRequest((r) => r.method() === 'POST' && !!r.postData()?.includes('grant_type=authorization_code'))
  await page.getByRole('button', { name: 'Allow' }).click()
  await exchange
  await expect(page.getByRole('status')).toHaveText('Finishing sign-in…')
  await page.clock.runFor(30_000)
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText('Server did not answer')
  await expect(alert).toContainText("This health system's sign-in server did not answer")
  await page.getByRole('link', { name: 'Sign in again' }).click()
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  await page.getByRole('button', { name: 'Allow' }).click()
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
})

test('a refresh that gets no answer is given up after 30 s and tried again; the chart keeps working', async ({ page }) => {
  const refreshes: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.postData()?.includes('grant_type=refresh_token')) refreshes.push(r.url())
  })
  await page.clock.install()
  // 3-minute tokens refresh a minute before their end, so 30 s left when the hung refresh is given up.
  // The sandbox's tokens live in real time, which the fast-forward never outlasts.
  await setFaults(page, { tokenTtl: 180, token: { answer: 'hang', grant: 'refresh_token', times: 1 } })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await page.getByRole('button', { name: 'Allow' }).click()
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await page.clock.runFor(120_000)
  await expect.poll(() => refreshes.length).toBe(1)
  // Reloading the data waits for the refresh under way, but only until its deadline.
  const reread = page.waitForResponse((r) => r.request().method() === 'GET' && /\/cerner\/r4\/[^/]+\/[A-Z]/.test(r.url()))
  await page.getByRole('button', { name: 'Refresh data' }).click()
  await page.clock.runFor(30_000)
  expect((await reread).status()).toBe(200)
  // The backoff's retry (5 s later) is answered.
  await page.clock.runFor(10_000)
  await expect.poll(() => refreshes.length).toBe(2)
  await expect(page.getByRole('heading', { name: 'Session expired' })).toHaveCount(0)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
})
