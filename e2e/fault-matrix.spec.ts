// The fault matrix: each fault × each resource, on first load and on a refetch with data on screen.
// Every cell asserts the defined message, that shown data stays, that retry works, and that no
// request leaves the FHIR origin. One signed-in session per resource; a page reload (which keeps the
// tab's session) gives a cold cache for the first-load cells. docs/fault-matrix.md has the table.
import { expect, test } from './fixtures.ts'
import { type Locator, type Page } from '@playwright/test'
import { chooseHealthSystem, consent, LOCAL_CERNER, setFaults, signIn } from './flows.ts'
import { SANDBOX } from './ports.ts'

interface Resource {
  name: string
  match: string
  hash: string
  region: (page: Page) => Locator
  data: (region: Locator) => Locator
  paged: boolean
}

const RESOURCES: Resource[] = [
  { name: 'Patient', match: '/Patient/', hash: '#summary', region: (p) => p.locator('header[aria-label="Patient"]'), data: (r) => r.getByText('Lorraine Folake Adeyemi'), paged: false },
  { name: 'AllergyIntolerance', match: '/AllergyIntolerance', hash: '#allergies', region: (p) => p.locator('section[aria-labelledby="allergies-title"]'), data: (r) => r.getByText(/penicillin/i).first(), paged: true },
  { name: 'MedicationRequest', match: '/MedicationRequest', hash: '#medications', region: (p) => p.locator('section[aria-labelledby="medications-title"]'), data: (r) => r.getByText(/lisinopril/i).first(), paged: true },
  { name: 'Observation', match: '/Observation', hash: '#labs', region: (p) => p.locator('section[aria-labelledby="labs-title"]'), data: (r) => r.getByText('Hemoglobin A1c').first(), paged: true },
]

interface Fault {
  name: string
  /** Sandbox faults for this resource's path; undefined when the fault is made in the browser. */
  faults?: (match: string) => Record<string, unknown>
  /** First-load sentence and the refresh notice's short reason. */
  sentence?: string
  reason?: string
  /** The list loads but is cut short (next-link faults): an incomplete notice instead of an error. */
  incomplete?: boolean
}

const FAULTS: Fault[] = [
  { name: '403 empty body', faults: (m) => ({ statuses: [{ status: 403, match: m, body: 'empty' }] }), sentence: 'did not allow this app to read this', reason: 'the health system refused access' },
  { name: '404 HTML page', faults: (m) => ({ statuses: [{ status: 404, match: m, body: 'html' }] }), sentence: 'could not find this information', reason: 'it was not found' },
  { name: '406 XML outcome', faults: (m) => ({ statuses: [{ status: 406, match: m, body: 'xml' }] }), sentence: 'could not answer in a format this app reads', reason: 'the server could not answer in a readable format' },
  { name: '429 Retry-After', faults: (m) => ({ statuses: [{ status: 429, match: m, retryAfter: 1 }] }), sentence: 'is busy and asked the app to slow down', reason: 'the server is busy' },
  { name: '500', faults: (m) => ({ statuses: [{ status: 500, match: m }] }), sentence: 'had an internal error', reason: 'the server had an error' },
  { name: '503', faults: (m) => ({ statuses: [{ status: 503, match: m }] }), sentence: 'is temporarily unavailable', reason: 'the server is unavailable' },
  { name: 'network down', sentence: 'could not reach the health system', reason: 'the connection failed' },
  { name: 'malformed JSON', faults: (m) => ({ malformedJson: m }), sentence: 'arrived cut off or damaged', reason: 'the answer arrived damaged' },
  { name: 'XML body', faults: (m) => ({ xmlBody: m }), sentence: 'answered in a format this app cannot read', reason: 'the answer was in a format the app cannot read' },
  { name: 'foreign next', faults: () => ({ foreignNext: true }), incomplete: true },
  { name: 'self-loop next', faults: () => ({ selfNext: true }), incomplete: true },
]

// 429 and 503 are retried by the FHIR layer (3 tries, honouring Retry-After: 1 s) before the message
// shows, and a part that mounts late may ask once more: about 5 s on an idle machine.
const SHOWN_WITHIN_MS = 15_000

const offOrigin = (urls: string[]) => urls.filter((u) => !u.startsWith(SANDBOX) && !u.startsWith('http://localhost:') && !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'))

async function inject(page: Page, fault: Fault, r: Resource) {
  if (fault.faults) await setFaults(page, fault.faults(r.match))
  else await page.route((url) => url.pathname.includes(r.match), (route) => route.abort('internetdisconnected'))
}

/**
 * Lifts the fault once the page has stopped asking: a part that mounts late (the print summary) may
 * fetch an errored query again, and that request must meet the fault too, or the retry under test
 * would have nothing left to do.
 */
async function heal(page: Page) {
  await page.waitForLoadState('networkidle')
  await setFaults(page, null)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
}

for (const r of RESOURCES) {
  test(`fault matrix: ${r.name}`, async ({ page, problems }) => {
    test.setTimeout(240_000)
    // The browser logs every failed FHIR response the matrix provokes; anything else still fails the test.
    problems.expect(new RegExp(`^console error: Failed to load resource: .* \\(${SANDBOX}/`))
    const urls: string[] = []
    page.context().on('request', (q) => urls.push(q.url()))
    await chooseHealthSystem(page, 'lakeshore', LOCAL_CERNER)
    await signIn(page, 'lorraine')
    await consent(page)
    await expect(page.getByTestId('patient-name')).toHaveText('Lorraine Folake Adeyemi')
    await page.evaluate((hash) => (window.location.hash = hash), r.hash)
    const region = r.region(page)
    await expect(r.data(region)).toBeVisible()

    for (const fault of FAULTS) {
      if (fault.incomplete && !r.paged) continue
      await test.step(`${fault.name}: first load`, async () => {
        await inject(page, fault, r)
        await page.reload()
        if (fault.incomplete) {
          await expect(r.data(region)).toBeVisible()
          const notice = region.locator('[data-state="incomplete"]').first()
          await expect(notice).toContainText('Only part of this list could be loaded.')
          await heal(page)
          await notice.getByRole('button', { name: 'Try again' }).click()
          await expect(region.locator('[data-state="incomplete"]')).toHaveCount(0)
        } else {
          const alert = region.getByRole('alert').first()
          await expect(alert).toContainText(fault.sentence as string, { timeout: SHOWN_WITHIN_MS })
          await expect(alert.getByTestId('failure-detail')).not.toBeEmpty()
          await heal(page)
          await alert.getByRole('button', { name: 'Try again' }).click()
        }
        await expect(r.data(region)).toBeVisible()
      })
      await test.step(`${fault.name}: refetch`, async () => {
        await inject(page, fault, r)
        await page.getByRole('button', { name: 'Refresh data' }).click()
        if (fault.incomplete) {
          await expect(region.locator('[data-state="incomplete"]').first()).toBeVisible()
          await expect(r.data(region)).toBeVisible()
          await heal(page)
          await region.locator('[data-state="incomplete"]').first().getByRole('button', { name: 'Try again' }).click()
          await expect(region.locator('[data-state="incomplete"]')).toHaveCount(0)
        } else {
          const notice = region.getByTestId('refresh-failed')
          await expect(notice).toContainText(`: ${fault.reason}. Showing what was loaded at`, { timeout: SHOWN_WITHIN_MS })
          await expect(r.data(region)).toBeVisible()
          await heal(page)
          await notice.getByRole('button', { name: 'Try again' }).click()
          await expect(notice).toHaveCount(0)
        }
        await expect(r.data(region)).toBeVisible()
      })
    }
    await heal(page)
    expect(offOrigin(urls)).toEqual([])
  })
}
