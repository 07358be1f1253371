// Audit events as a deployer's collector receives them: one per launch, one per section shown, one
// per sign-out, in order, and nothing about the patient or the session in any of them.
import { expect, test } from './fixtures.ts'
import { chooseHealthSystem, consent, LOCAL_EPIC, signIn } from './flows.ts'
import { SANDBOX } from './ports.ts'

test('the collector gets one view event per section opened, between the launch and the sign-out, with no patient data', async ({ page }) => {
  const posted: string[] = []
  page.context().on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/audit-events') posted.push(r.postData() ?? '')
  })
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  const nav = page.getByRole('navigation')
  for (const section of ['Labs', 'Vitals', 'Labs']) {
    await nav.getByRole('link', { name: section, exact: true }).click()
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
  }
  // Reloading the data on screen is not a new view.
  const refetched = page.waitForResponse((r) => r.url().includes('/Observation?'))
  await page.getByRole('button', { name: 'Refresh data' }).click()
  await refetched
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Signed out' })).toBeVisible()

  await expect.poll(() => posted.length).toBe(6)
  const events = posted.map((p) => JSON.parse(p) as Record<string, string>)
  expect(events.map(({ type, section, launch, reason }) => [type, section ?? launch ?? reason])).toEqual([
    ['launch', 'standalone'],
    ['view', 'summary'],
    ['view', 'labs'],
    ['view', 'vitals'],
    ['view', 'labs'],
    ['sign-out', 'user'],
  ])
  // The FHIR server's host names the source; nothing narrower (no tenant path, no patient).
  expect(new Set(events.map((e) => e.server))).toEqual(new Set([new URL(SANDBOX).host]))
  expect(posted.join('\n')).not.toMatch(/Lorraine|Adeyemi|Patient\/|eyJ|access_token|1968|MRN/i)
})
