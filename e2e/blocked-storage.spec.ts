import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { chromiumExecutable } from './browser.ts'
import { E2E_SANDBOX_PORT } from './ports.ts'

// Chromium's own default: third-party storage blocked in cross-site frames.
test.use({ launchOptions: { executablePath: chromiumExecutable(), args: ['--disable-gpu'] } })

test('with third-party storage blocked, the framed app offers its own window and the launch completes there', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1))
  await page.goto(`http://127.0.0.1:${E2E_SANDBOX_PORT}/ehr`)
  await page.getByRole('button', { name: 'Launch app' }).click()
  const frame = page.frameLocator('iframe[title="SMART app"]')
  await expect(frame.getByRole('heading', { name: 'Open the app in its own window' })).toBeVisible()
  await checkScreen(page, testInfo, 'blocked-storage', 'iframe')

  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('link', { name: 'Open in a new window' }).click()])
  await expect(popup.locator('[data-mode="clinician"]')).toBeVisible()
})
