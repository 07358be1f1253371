import { expect, type Page } from '@playwright/test'
import { E2E_SANDBOX_PORT, SANDBOX } from './ports.ts'

export const LOCAL_EPIC = 'Riverside Health (local Epic sandbox)'
export const LOCAL_CERNER = 'Lakeshore Medical (local Cerner sandbox)'

/** Walter's name as each server records it, suffix included (Oracle Health sends it in capitals). */
export const WALTER = { epic: 'Walter Ingvald Lindqvist Sr.', cerner: 'Walter Ingvald Lindqvist SR.' } as const

/** The URL the EHR simulator opens the app at in a new window, with a fresh launch code, as the EHR would mint it. */
export async function simulatorLaunchUrl(page: Page, vendor: 'epic' | 'cerner', patient: string, extra: Record<string, string> = {}): Promise<string> {
  const q = new URLSearchParams({ vendor, clinician: 'kaur', patient, mode: 'window', ...extra })
  await page.goto(`http://127.0.0.1:${E2E_SANDBOX_PORT}/ehr/launch?${q}`)
  return (await page.getByRole('link', { name: 'Open the app in a new window' }).getAttribute('href')) as string
}

/** Picks a health system on the start page; the browser ends on the vendor's sign-in page. */
export async function chooseHealthSystem(page: Page, search: string, name: string) {
  await page.goto('/')
  await page.getByLabel('Health system, city or portal name').fill(search)
  // Anchored: the "Last used on this device" shortcut names the same system after its own label.
  await page.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
}

export async function signIn(page: Page, username: string, password = 'sandbox1') {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

export async function consent(page: Page, options: { untick?: string[]; deny?: boolean } = {}) {
  for (const type of options.untick ?? []) await page.getByLabel(type, { exact: true }).uncheck()
  await page.getByRole('button', { name: options.deny ? 'Deny' : 'Allow' }).click()
}

export async function setFaults(page: Page, faults: Record<string, unknown> | null) {
  const res = faults
    ? await page.request.put(`${SANDBOX}/_sandbox/faults`, { data: faults })
    : await page.request.delete(`${SANDBOX}/_sandbox/faults`)
  expect(res.ok()).toBe(true)
}

/** Records every request the page makes, by URL. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.context().on('request', (r) => urls.push(r.url()))
  return urls
}
