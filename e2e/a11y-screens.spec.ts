// Accessibility of the screens the journeys do not pass through: the start page and its picker, and
// every chart section in Spanish on a phone. The launch, refusal, callback and session-end screens are
// checked in the specs that reach them.
import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, signIn } from './flows.ts'

for (const width of [360, 1280]) {
  test(`start page and health-system picker pass axe at ${width} px`, async ({ page }, testInfo) => {
    test.setTimeout(sweepTimeout(2, 5_000))
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    const search = page.getByLabel('Health system, city or portal name')
    await expect(search).toBeVisible()
    await checkScreen(page, testInfo, `start-${width}`)
    await search.fill('riverside')
    await expect(page.getByRole('button', { name: /local Epic sandbox/ })).toBeVisible()
    await checkScreen(page, testInfo, `picker-${width}`)
  })
}

const SECCIONES = ['Resumen', 'Análisis', 'Signos vitales', 'Medicamentos', 'Alergias', 'Datos y fuentes']

test('every section passes axe in Spanish on a 360 px phone', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(SECCIONES.length))
  await page.setViewportSize({ width: 360, height: 780 })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await page.getByLabel('Language').selectOption('es')
  for (const section of SECCIONES) {
    await page.getByRole('navigation').getByRole('link', { name: section }).click()
    await expect(page.getByRole('heading', { name: section, level: 2 }).first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    await checkScreen(page, testInfo, `cerner-patient-es-${section.normalize('NFD').replace(/[^\w]+/g, '-').toLowerCase()}`)
  }
})

test('a patient sees a recent critical result on the Summary and a plain ⓘ drawer, and both pass axe', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(2))
  await page.setViewportSize({ width: 360, height: 780 })
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  // Two weeks after Lorraine's critical potassium (19 May 2026): the Summary, mounted again, measures
  // its 90 days from this date. Timers keep running; only the date is fixed.
  await page.clock.setFixedTime(new Date('2026-06-02T12:00:00Z'))
  await page.getByRole('navigation').getByRole('link', { name: 'Labs' }).click()
  await expect(page.getByRole('heading', { name: 'Labs', level: 2 }).first()).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Summary' }).click()
  const critical = page.getByRole('group', { name: 'Critical results in the last 90 days' })
  await expect(critical).toContainText('6.4 mmol/L')
  await expect(critical).toContainText('May 19, 2026')
  await page.waitForLoadState('networkidle')
  await checkScreen(page, testInfo, 'epic-patient-summary-critical')

  await critical.getByRole('button', { name: /^More about Potassium/ }).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByRole('heading', { name: 'What this means' })).toBeVisible()
  await expect(drawer.getByRole('heading', { name: 'Where this came from' })).toBeVisible()
  await expect(drawer).toContainText('Your result is far above the usual range (3.5–5.1 mmol/L), and the lab marked it as critical.')
  // The FHIR mapping is there, folded away.
  await expect(drawer.getByText('Technical details')).toBeVisible()
  await expect(drawer.getByRole('heading', { name: 'This value' })).toBeHidden()
  await checkScreen(page, testInfo, 'epic-patient-drawer')
})

test('the Privacy link opens the shipped policy in a new tab, styled under the CSP, and it passes axe', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1, 10_000))
  await page.goto('/')
  const popup = page.waitForEvent('popup')
  await page.getByRole('navigation', { name: 'About this app' }).getByRole('link', { name: /^Privacy/ }).click()
  const policy = await popup
  await expect(policy).toHaveURL(/\/privacy\.html$/)
  // Console messages a new tab logs while Playwright is still attaching to it can be lost (a CSP refusal
  // went unseen that way); loaded again, the tab is watched from its first byte.
  await policy.reload()
  await expect(policy.getByRole('heading', { name: 'Privacy policy', level: 1 })).toBeVisible()
  // Its stylesheet applied (40rem): a CSP that refused it would also show up as a console error.
  await expect(policy.locator('body')).toHaveCSS('max-width', '640px')
  await checkScreen(policy, testInfo, 'privacy-policy')
})
