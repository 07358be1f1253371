// Whose record is open, for people who hold access to more than one: a parent whose portal login
// also opens a child's record, and a proxy who signs in as themself.
import { expect, test } from './fixtures.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, signIn } from './flows.ts'

test('a parent opening a child\'s record is told so, and "Switch record" goes back through the record chooser to their own', async ({ page }) => {
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'mateo')
  await page.getByLabel('Sofía Isabel Ríos Morales').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Sofía Isabel Ríos Morales')
  await expect(page.getByTestId('record-relation')).toHaveText('You are viewing Sofía Isabel Ríos Morales’s record with proxy access, not your own record.')

  await page.getByRole('button', { name: 'Switch record' }).click()
  // The same health system's sign-in, then its record chooser: the server decides which records exist.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await signIn(page, 'mateo')
  await page.getByLabel('Mateo Andrés Ríos Castillo').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Mateo Andrés Ríos Castillo')
  await expect(page.getByTestId('record-relation')).toHaveCount(0)
  await expect(page.getByText('Sofía')).toHaveCount(0)
})

test('a proxy signed in as themself sees whose record it is', async ({ page }) => {
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lucia')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Sofía Isabel Ríos Morales')
  await expect(page.getByTestId('record-relation')).toContainText('Sofía Isabel Ríos Morales’s record with proxy access')
})
