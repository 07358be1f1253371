// Two launches in two tabs of one browser (security checklist item 11): each tab keeps its own server,
// patient and tokens, whatever the other one does.
import { expect, test } from './fixtures.ts'
import { type Page } from '@playwright/test'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, signIn, WALTER } from './flows.ts'

async function launch(page: Page, search: string, system: string, user: string, name: string) {
  await chooseHealthSystem(page, search, system)
  await signIn(page, user)
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText(name)
}

test('two tabs, two servers, two patients: neither tab sees the other\'s patient, and signing out one leaves the other working', async ({ page, context }) => {
  await launch(page, 'riverside', LOCAL_EPIC, 'lorraine', 'Lorraine Folake Adeyemi')
  const other = await context.newPage()
  await launch(other, 'lakeshore', LOCAL_CERNER, 'walter', WALTER.cerner)

  // The first tab, reloaded after the second launch, resumes its own session, not the latest one.
  await page.reload()
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByText(/Connected to Riverside Health/)).toBeVisible()
  await expect(other.getByText(/Connected to Lakeshore Medical/)).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Labs', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Labs', level: 2 })).toBeVisible()
  await expect(page.getByText(/Lindqvist/i)).toHaveCount(0)

  // Each tab's FHIR reads go to its own server with its own token.
  const bearerOf = async (p: Page, path: RegExp) => {
    const req = p.waitForRequest((r) => path.test(r.url()) && !!r.headers().authorization)
    await p.getByRole('button', { name: 'Refresh data' }).click()
    return (await req).headers().authorization
  }
  const epicBearer = await bearerOf(page, /\/epic\/api\/FHIR\/R4\//)
  const cernerBearer = await bearerOf(other, /\/cerner\/r4\//)
  expect(epicBearer).not.toBe(cernerBearer)

  await other.getByRole('button', { name: 'Sign out' }).click()
  await expect(other.getByRole('heading', { name: 'Signed out' })).toBeVisible()
  await page.bringToFront()
  const refreshed = page.waitForResponse((r) => /\/epic\/api\/FHIR\/R4\/Observation\?/.test(r.url()))
  await page.getByRole('button', { name: 'Refresh data' }).click()
  expect((await refreshed).status()).toBe(200)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByRole('heading', { name: 'Labs', level: 2 })).toBeVisible()
})
