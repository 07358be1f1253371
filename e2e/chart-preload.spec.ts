import { chooseHealthSystem, consent, LOCAL_EPIC, signIn, simulatorLaunchUrl } from './flows.ts'
import { expect, test } from './fixtures.ts'

const CHART_CHUNK = /\/assets\/chart-[\w-]+\.js$/

test('the start page leaves the chart alone; /app has the page itself ask for it, not the entry once it has run', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const chart: string[] = []
  cdp.on('Network.requestWillBeSent', (e) => {
    if (CHART_CHUNK.test(e.request.url)) chart.push(`${new URL(e.documentURL).pathname} ${e.initiator.type}`)
  })

  await page.goto('/')
  await expect(page.getByLabel('Health system, city or portal name')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(chart).toEqual([])

  await chooseHealthSystem(page, 'riverside', LOCAL_EPIC)
  await signIn(page, 'lorraine')
  await consent(page)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')

  // A cold reload of the chart: the HTML names the chart's code, so it downloads beside the entry.
  chart.length = 0
  await cdp.send('Network.clearBrowserCache')
  await page.reload()
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  expect(chart).toEqual(['/app parser'])
})

test('the start page asks for the deploy file once, from its HTML, so the settings arrive with the app\'s script', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const asked: string[] = []
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname === '/chart-lens.config.json') asked.push(`${new URL(e.documentURL).pathname} ${e.initiator.type}`)
  })
  await page.goto('/')
  await expect(page.getByLabel('Health system, city or portal name')).toBeVisible()
  await page.getByLabel('Health system, city or portal name').fill('riverside')
  await expect(page.locator('#health-system-results').getByRole('button', { name: new RegExp(LOCAL_EPIC.replace(/[()]/g, '\\$&')) })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(asked).toEqual(['/ parser'])
})

test('an EHR launch fetches its own code and the allowlist first, and the chart only once the allowlist has answered', async ({ page }) => {
  const target = await simulatorLaunchUrl(page, 'epic', 'lorraine')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const asked: string[] = []
  cdp.on('Network.requestWillBeSent', (e) => {
    const path = new URL(e.request.url).pathname
    if (new URL(e.documentURL).pathname !== '/launch') return
    if (CHART_CHUNK.test(path)) asked.push('chart')
    else if (/\/assets\/ehr-launch-page-[\w-]+\.js$/.test(path)) asked.push('launch page')
    else if (path.startsWith('/directories/')) asked.push('directory')
  })
  await page.goto(target)
  await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
  expect(asked[0]).toBe('launch page')
  expect(asked).toContain('chart')
  expect(asked.lastIndexOf('directory')).toBeLessThan(asked.indexOf('chart'))
})
