import { expect, test } from './fixtures.ts'

test('hashed assets are cached for a year, the page itself never', async ({ page }) => {
  const scripts: Record<string, string | undefined> = {}
  page.on('response', (r) => {
    if (r.url().includes('/assets/')) scripts[r.url()] = r.headers()['cache-control']
  })
  const doc = await page.goto('/')
  expect(doc?.headers()['cache-control']).toBe('no-store')
  const callback = await page.request.get('/callback')
  expect(callback.headers()['cache-control']).toBe('no-store')
  await expect(page.getByLabel('Health system, city or portal name')).toBeVisible()
  expect(Object.keys(scripts).length).toBeGreaterThan(0)
  for (const value of Object.values(scripts)) expect(value).toBe('public, max-age=31536000, immutable')
})
