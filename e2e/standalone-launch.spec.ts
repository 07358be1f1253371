import { expect, test } from '@playwright/test'
import { SANDBOX } from './ports.ts'

test('standalone launch into the Epic sandbox through its sign-in and consent pages', async ({ page }) => {
  const tokenRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/epic/oauth2/token')) tokenRequests.push(r.postData() ?? '')
  })

  await page.goto('/')
  await page.getByRole('button', { name: 'Epic (local sandbox)' }).click()

  await expect(page).toHaveURL(new RegExp(`^${SANDBOX}/epic/oauth2/authorize`))
  const authorize = new URL(page.url())
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
  expect(authorize.searchParams.get('aud')).toBe(`${SANDBOX}/epic/api/FHIR/R4`)
  expect(authorize.searchParams.get('state')).toMatch(/^[0-9a-f-]{36}$/)

  await page.getByLabel('Username').fill('lorraine')
  await page.getByLabel('Password').fill('sandbox1')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByRole('heading', { name: 'What would you like to share?' })).toBeVisible()
  await page.getByLabel('How long may the app access your information?').selectOption({ label: '1 day' })
  await page.getByRole('button', { name: 'Allow' }).click()

  await expect(page).toHaveURL(/\/callback$/)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByTestId('granted-scope')).toContainText('patient/Observation.rs')
  expect(tokenRequests).toHaveLength(1)
  expect(tokenRequests[0]).toContain('code_verifier=')

  const stored = await page.evaluate(() => JSON.stringify(window.localStorage))
  expect(stored).not.toContain('access_token')
})

test('a wrong password keeps the user on the sign-in page with a clear message', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Epic (local sandbox)' }).click()
  await page.getByLabel('Username').fill('lorraine')
  await page.getByLabel('Password').fill('wrong')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.')
})

test('standalone launch into the Cerner sandbox picks a record on the chooser page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Cerner patient portal (local sandbox)' }).click()
  await expect(page).toHaveURL(/\/personas\/patient\/authorize/)
  await page.getByLabel('Username').fill('mateo')
  await page.getByLabel('Password').fill('sandbox1')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByRole('heading', { name: 'Allow access to the record(s) of:' })).toBeVisible()
  await page.getByLabel('Sofía Isabel Ríos Morales').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('AllergyIntolerance').uncheck()
  await page.getByRole('button', { name: 'Allow' }).click()

  await expect(page.getByTestId('patient-name')).toHaveText('Sofía Isabel Ríos Morales')
  await expect(page.getByTestId('granted-scope')).not.toContainText('AllergyIntolerance')
})
