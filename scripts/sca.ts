// npm run sca: the supply-chain gate CI runs (security checklist item 37).
// - every installed package comes from the npm registry, pinned by a sha512 integrity;
// - every package that ships with the app or runs the production server has a license on the accepted
//   list, or a reviewed exception below;
// - no runtime package runs an install script unless reviewed below;
// - index.html loads no script from another origin (the CSP also forbids it);
// - high or critical advisories from `npm audit` fail the gate. The advisory database is a registry
//   endpoint: when it cannot be reached the gate says so in its summary instead of passing silently.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface LockEntry {
  resolved?: string
  integrity?: string
  license?: unknown
  dev?: boolean
  link?: boolean
  inBundle?: boolean
  hasInstallScript?: boolean
}

const REGISTRY = 'https://registry.npmjs.org/'
export const ACCEPTED_LICENSES = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'WTFPL OR ISC', 'CC0-1.0', 'Unlicense', 'Python-2.0'])

/** Runtime packages whose license is not a plain SPDX id, read and accepted by hand. */
export const REVIEWED_LICENSES: Record<string, string> = {
  '@lhncbc/ucum-lhc': 'NLM terms of use (LICENSE.md): free use and redistribution with the notice kept',
  'cerner-smart-embeddable-lib': 'Apache-2.0 (LICENSE.txt; package.json names the file only)',
  'base-64': 'MIT (LICENSE-MIT.txt; no license field)',
  'mutation-observer': 'BSD-style (LICENSE; no license field)',
}

/** Runtime packages allowed an install script, with what it does. */
export const REVIEWED_INSTALL_SCRIPTS: Record<string, string> = {
  'core-js': 'postinstall prints a funding notice; nothing is fetched or built',
  esbuild: 'postinstall checks that the platform binary from its optional dependency is present (tsx)',
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)

export function lockfileProblems(packages: Record<string, LockEntry>): string[] {
  const problems: string[] = []
  for (const [path, p] of Object.entries(packages)) {
    if (!path || p.link || p.inBundle) continue
    // No `resolved` means "from the configured registry" (the lockfile is written without registry URLs);
    // a git, file or tarball URL would bypass the registry and its integrity pinning.
    if (p.resolved !== undefined && !p.resolved.startsWith(REGISTRY)) problems.push(`${nameOf(path)}: resolved from ${p.resolved}, not the npm registry`)
    else if (!p.integrity?.startsWith('sha512-')) problems.push(`${nameOf(path)}: no sha512 integrity in the lockfile`)
  }
  return problems
}

export function runtimeProblems(packages: Record<string, LockEntry>, licenseOf: (path: string) => unknown): string[] {
  const problems: string[] = []
  for (const [path, p] of Object.entries(packages)) {
    if (!path || p.dev || p.link || p.inBundle) continue
    const name = nameOf(path)
    const license = p.license ?? licenseOf(path)
    if (!(typeof license === 'string' && ACCEPTED_LICENSES.has(license)) && !REVIEWED_LICENSES[name]) problems.push(`${name}: license ${JSON.stringify(license) ?? 'missing'} is not on the accepted list`)
    if (p.hasInstallScript && !REVIEWED_INSTALL_SCRIPTS[name]) problems.push(`${name}: runs an install script that nobody reviewed`)
  }
  return problems
}

export function scriptOriginProblems(html: string): string[] {
  const problems: string[] = []
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const src = m[1]
    if (/^(https?:)?\/\//i.test(src)) problems.push(`index.html loads a script from another origin: ${src}`)
  }
  return problems
}

export type AuditOutcome = { checked: true; high: number; critical: number } | { checked: false; reason: string }

/** Reads `npm audit --json`'s answer; an error document means the advisory database was not reached. */
export function auditOutcome(stdout: string): AuditOutcome {
  let json: { message?: string; error?: { summary?: string }; metadata?: { vulnerabilities?: Record<string, number> } }
  try {
    json = JSON.parse(stdout)
  } catch {
    return { checked: false, reason: 'npm audit gave no JSON answer' }
  }
  const v = json.metadata?.vulnerabilities
  if (json.error || json.message || !v) return { checked: false, reason: (json.message || json.error?.summary?.split('\n')[0]) ?? 'no advisory counts in the answer' }
  return { checked: true, high: v.high ?? 0, critical: v.critical ?? 0 }
}

if (process.argv[1]?.endsWith('sca.ts')) {
  const root = join(import.meta.dirname, '..')
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }
  const licenseOf = (path: string) => {
    try {
      return (JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')) as { license?: unknown }).license
    } catch {
      return undefined
    }
  }
  const problems = [...lockfileProblems(lock.packages), ...runtimeProblems(lock.packages, licenseOf), ...scriptOriginProblems(readFileSync(join(root, 'index.html'), 'utf8'))]
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  const audit = auditOutcome(run.stdout ?? '')
  if (audit.checked && audit.high + audit.critical > 0) problems.push(`npm audit: ${audit.critical} critical and ${audit.high} high advisories in runtime packages (run npm audit --omit=dev)`)
  for (const p of problems) console.error(`sca: ${p}`)
  const runtime = Object.entries(lock.packages).filter(([k, p]) => k && !p.dev && !p.link && !p.inBundle).length
  const advisories = audit.checked ? `advisories checked (${audit.critical} critical, ${audit.high} high)` : `advisories NOT checked: ${audit.reason}`
  console.log(`sca: ${Object.keys(lock.packages).length - 1} packages pinned from the registry, ${runtime} runtime licenses and install scripts reviewed, no third-party script; ${advisories}; ${problems.length} problem(s)`)
  process.exitCode = problems.length ? 1 : 0
}
