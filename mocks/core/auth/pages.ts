import { escapeHtml as e, html, page } from '../http.ts'
import type { AuthPersonality } from './personality.ts'
import type { PendingAuthorization } from './types.ts'

const brandStyle = (p: AuthPersonality) => `header{background:${p.brand.color};color:#fff;padding:.75rem 1rem;font-weight:700}`

function shell(p: AuthPersonality, title: string, body: string): Response {
  return html(page(`${title} – ${p.brand.name}`, `<header>${e(p.brand.name)}</header><main>${body}</main>`, brandStyle(p)))
}

export function signInPage(p: AuthPersonality, tx: PendingAuthorization, action: string, error?: string): Response {
  return shell(
    p,
    'Sign in',
    `<h1>Sign in</h1>
<p>${e(tx.client.clientId)} wants to connect to your health record.</p>
${error ? `<p class="error" role="alert">${e(error)}</p>` : ''}
<form method="post" action="${e(action)}">
<input type="hidden" name="tx" value="${e(tx.id)}">
<label for="username">Username</label><input id="username" name="username" type="text" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button class="primary" type="submit">Sign in</button>
</form>`,
  )
}

export function chooserPage(
  p: AuthPersonality,
  tx: PendingAuthorization,
  action: string,
  records: Array<{ key: string; label: string }>,
): Response {
  const options = records
    .map(
      (r, i) =>
        `<label class="check"><input type="radio" name="patient" value="${e(r.key)}"${i === 0 ? ' checked' : ''}> ${e(r.label)}</label>`,
    )
    .join('')
  return shell(
    p,
    p.brand.chooserTitle,
    `<h1>${e(p.brand.chooserTitle)}</h1>
<form method="post" action="${e(action)}">
<input type="hidden" name="tx" value="${e(tx.id)}">
<fieldset><legend>Records you can access</legend>${options}</fieldset>
<button class="primary" type="submit">Continue</button>
</form>`,
  )
}

export function consentPage(
  p: AuthPersonality,
  tx: PendingAuthorization,
  action: string,
  patientLabel: string,
  types: string[],
): Response {
  const boxes = types
    .map((t) => `<label class="check"><input type="checkbox" name="share" value="${e(t)}" checked> ${e(t)}</label>`)
    .join('')
  const durations = p.accessDurations.length
    ? `<label for="duration">How long may the app access your information?</label>
<select id="duration" name="duration">${p.accessDurations
        .map((d, i) => `<option value="${d.seconds}"${i === 0 ? ' selected' : ''}>${e(d.label)}</option>`)
        .join('')}</select>`
    : ''
  return shell(
    p,
    p.brand.consentTitle,
    `<h1>${e(p.brand.consentTitle)}</h1>
<p><strong>${e(tx.client.clientId)}</strong> is asking to read the record of <strong>${e(patientLabel)}</strong>.</p>
<form method="post" action="${e(action)}">
<input type="hidden" name="tx" value="${e(tx.id)}">
<fieldset><legend>Information to share</legend>${boxes || '<p>Sign-in and identity only.</p>'}</fieldset>
${durations}
<button class="primary" type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`,
  )
}

export function expiredPage(p: AuthPersonality): Response {
  return shell(
    p,
    'Session expired',
    `<h1>This sign-in has expired</h1><p class="error" role="alert">Go back to the app and start again.</p>`,
  )
}
