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

test('on the chart, script can write HTML only through a Trusted Types policy named dompurify', async ({ page, problems }) => {
  problems.expect(/requires 'TrustedHTML' assignment/)
  problems.expect(/named .anything-else. violates the following Content Security policy directive: "trusted-types dompurify"/)
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  const outcome = await page.evaluate(() => {
    const tt = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes
    const tryIt = (f: () => unknown) => {
      try {
        f()
        return 'allowed'
      } catch {
        return 'blocked'
      }
    }
    return {
      innerHTML: tryIt(() => (document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>')),
      otherPolicy: tryIt(() => tt.createPolicy('anything-else', { createHTML: (s: string) => s })),
      dompurify: tryIt(() => tt.createPolicy('dompurify', { createHTML: (s: string) => s })),
    }
  })
  expect(outcome).toEqual({ innerHTML: 'blocked', otherPolicy: 'blocked', dompurify: 'allowed' })
})
