import { expect, test } from './fixtures.ts'
import { checkScreen, sweepTimeout } from './a11y.ts'
import { chooseHealthSystem, consent, LOCAL_CERNER, LOCAL_EPIC, recordRequests, signIn } from './flows.ts'
import { APP, SANDBOX } from './ports.ts'

test('standalone launch into the Epic sandbox through its sign-in and consent pages', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1))
  const requests = recordRequests(page)
  const tokenBodies: string[] = []
  const tokens: string[] = []
  const fhirCookies: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/epic/oauth2/token')) tokenBodies.push(r.postData() ?? '')
  })
  page.on('response', async (r) => {
    if (r.url().endsWith('/epic/oauth2/token') && r.ok()) {
      const body = (await r.json()) as { access_token: string; refresh_token?: string; id_token?: string }
      tokens.push(...[body.access_token, body.refresh_token].filter((t): t is string => !!t))
    }
  })
  page.on('requestfinished', async (r) => {
    if (r.url().includes('/epic/api/FHIR/R4/') && r.resourceType() === 'fetch') fhirCookies.push((await r.allHeaders()).cookie ?? '')
  })
  // A cookie the browser holds for the FHIR server's host must never ride along with the app's requests.
  await page.context().addCookies([{ name: 'portal_session', value: 'ambient-cookie', url: SANDBOX }])

  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  const authorize = new URL(page.url())
  expect(authorize.origin + authorize.pathname).toBe(`${SANDBOX}/epic/oauth2/authorize`)
  expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
    response_type: 'code',
    client_id: 'epic-sandbox-app',
    redirect_uri: `${APP}/callback`,
    aud: `${SANDBOX}/epic/api/FHIR/R4`,
    code_challenge_method: 'S256',
  })
  expect(authorize.searchParams.get('state')).toMatch(/^[0-9a-f-]{36}$/)
  // The app's own PKCE check and fhirclient's authorize share one discovery request.
  expect(requests.filter((u) => u.endsWith('/.well-known/smart-configuration'))).toEqual([`${SANDBOX}/epic/api/FHIR/R4/.well-known/smart-configuration`])
  expect(authorize.searchParams.get('scope')!.split(' ')).toEqual(
    expect.arrayContaining(['launch/patient', 'openid', 'fhirUser', 'patient/Observation.rs', 'patient/AllergyIntolerance.rs']),
  )

  await signIn(page, 'lorraine')
  await expect(page.getByRole('heading', { name: 'What would you like to share?' })).toBeVisible()
  await page.getByLabel('How long may the app access your information?').selectOption({ label: '1 day' })
  await consent(page)

  await expect(page).toHaveURL('/app')
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  expect(tokenBodies).toHaveLength(1)
  expect(new URLSearchParams(tokenBodies[0]).get('code_verifier')).toMatch(/^[\w-]{43,128}$/)
  // The tokens the server issued appear nowhere outside this tab's sessionStorage: not under any
  // localStorage key or value, not in a cookie.
  expect(tokens.length).toBe(1)
  const persistent = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + document.cookie)
  expect(persistent).not.toMatch(/access_token|Bearer/)
  for (const value of tokens) expect(persistent).not.toContain(value)
  expect(JSON.stringify(await page.context().cookies())).not.toContain(tokens[0])
  // FHIR requests carry the bearer token and never the browser's cookies for that host.
  expect(fhirCookies.length).toBeGreaterThan(0)
  expect(fhirCookies.filter((c) => c !== '')).toEqual([])
  expect(requests.filter((u) => u.includes('code='))).toHaveLength(1)

  // Reload in the same tab keeps the session and exchanges nothing again.
  await page.reload()
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  expect(tokenBodies).toHaveLength(1)

  // A new tab has no session: it explains, it does not crash.
  const other = await page.context().newPage()
  await other.goto('/app')
  await expect(other.getByRole('alert')).toContainText('No active session')
  await checkScreen(other, testInfo, 'no-session')
})

test('standalone Cerner launch: record chooser, and an unticked type reaches the app as "not shared"', async ({ page }) => {
  await chooseHealthSystem(page, 'madison', LOCAL_CERNER)
  await signIn(page, 'mateo')
  await expect(page.getByRole('heading', { name: 'Allow access to the record(s) of:' })).toBeVisible()
  await page.getByLabel('Sofía Isabel Ríos Morales').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await consent(page, { untick: ['AllergyIntolerance'] })

  await expect(page.getByTestId('patient-name')).toHaveText('Sofía Isabel Ríos Morales')
  await page.getByRole('link', { name: 'Data & sources' }).click()
  const shared = page.getByTestId('shared-types')
  await expect(shared.locator('[data-type="AllergyIntolerance"]')).toContainText('not shared')
  await expect(shared.locator('[data-type="Observation"]')).toContainText('shared')
})

test('a wrong password keeps the user on the sign-in page with a clear message', async ({ page }) => {
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine', 'wrong')
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.')
})

test('denying consent comes back as readable text with a way to start again', async ({ page }) => {
  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'hana')
  await consent(page, { deny: true })
  await expect(page.getByRole('alert')).toContainText('Access was not granted')
  await expect(page.getByRole('link', { name: 'Sign in again' })).toBeVisible()
})

test('every launch sends a new state, even when Math.random is predictable', async ({ page }) => {
  await page.addInitScript(() => {
    Math.random = () => 0.5
  })
  const states: string[] = []
  for (let i = 0; i < 2; i++) {
    await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
    states.push(new URL(page.url()).searchParams.get('state') ?? '')
  }
  for (const s of states) expect(s).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(states[0]).not.toBe(states[1])
})

test('a tampered state on the callback makes no token request', async ({ page }, testInfo) => {
  const requests = recordRequests(page)
  await page.goto('/callback?code=stolen-code&state=00000000-0000-4000-8000-000000000000')
  await expect(page.getByRole('alert')).toContainText('Sign-in link not valid here')
  expect(requests.filter((u) => u.includes('/token'))).toEqual([])
  expect(page.url()).not.toContain('code=')
  await checkScreen(page, testInfo, 'tampered-callback')
})

test('signing out revokes the grant at the server and leaves nothing in the tab', async ({ page }, testInfo) => {
  test.setTimeout(sweepTimeout(1))
  const revocations: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/token/revoke')) revocations.push(r.postData() ?? '')
  })
  await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  // With the chart on screen, nothing about the patient is at rest in the browser: no Cache Storage, no
  // IndexedDB, and localStorage holds preferences only (language, theme, last health system chosen).
  const atRest = await page.evaluate(async () => ({
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: JSON.stringify({ ...window.localStorage }),
  }))
  expect(atRest.caches).toEqual([])
  expect(atRest.databases).toEqual([])
  expect(atRest.local).not.toMatch(/Lorraine|Adeyemi|1968|Patient\/|access_token|refresh_token/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Signed out' })).toBeVisible()
  await checkScreen(page, testInfo, 'signed-out')
  await expect(page).toHaveTitle('Chart Lens')
  expect(revocations).toHaveLength(1)
  expect(revocations[0]).toMatch(/^token=/)
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('No active session')
  await expect(page.getByText('Lorraine')).toHaveCount(0)
})

test('Spanish chosen on the start page holds through the sign-in, the chart and the signed-out page', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByRole('heading', { name: 'Conecte su historia clínica' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.getByLabel('Sistema de salud, ciudad o nombre del portal').fill('lakeshore')
  await page.getByRole('button', { name: new RegExp(`^${LOCAL_CERNER.replace(/[()]/g, '\\$&')}`) }).click()
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Resumen' })).toBeVisible()
  await page.getByRole('button', { name: 'Cerrar sesión' }).click()
  await expect(page.getByRole('heading', { name: 'Sesión cerrada' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.getByRole('link', { name: 'Iniciar sesión de nuevo' }).click()
  await expect(page.getByRole('heading', { name: 'Conecte su historia clínica' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})
