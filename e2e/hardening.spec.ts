// Production-build hardening that a user could trip over.
import { expect, test } from './fixtures.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, signIn } from './flows.ts'

test('with localStorage.debug set, the production build logs nothing of the sign-in (no code, verifier or token)', async ({ page }) => {
  const logged: string[] = []
  page.on('console', (m) => logged.push(m.text()))
  await page.addInitScript(() => window.localStorage.setItem('debug', '*'))
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  expect(logged.filter((l) => /FHIR|code_verifier|access_token|refresh_token|Bearer /i.test(l))).toEqual([])
})
