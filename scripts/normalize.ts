// npm run normalize -- <file-or-dir> [--vendor epic|cerner|auto] [--summary] [--as-of YYYY-MM-DD]
//
// Reads FHIR JSON (a resource or a searchset Bundle; a directory = every .json in it), maps it
// with the vendor-neutral domain mappers and prints { header, models, report, warnings }, or with
// --summary { header, summary, warnings }: counts over the whole input.
// The vendor is detected for the header and, as in the app, picks Epic's sig trailer parser.
// Output depends on the input only: "today" (ages, ended periods) is --as-of, else the newest
// meta.lastUpdated in the input, else its newest date (then readings dated after "today" are not
// flagged, since the newest date could be such a reading: the header says the check is off).
// Exit codes: 0 ok, 1 usage / unreadable file / invalid JSON, 2 JSON that is not FHIR we support,
// 3 a directory in which some files were skipped (each is named on stderr; the rest is printed).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { epicSigTrailer } from '../src/fhir/adapters/epic-sig.ts'
import { type Collected, collectResources, normalizeCollected, SUPPORTED_TYPES } from '../src/domain/normalize-report.ts'
import { summarize } from '../src/domain/normalize-summary.ts'

type Vendor = 'epic' | 'cerner'
const USAGE = 'usage: npm run normalize -- <file-or-dir> [--vendor epic|cerner|auto] [--summary] [--as-of YYYY-MM-DD]'

class InputError extends Error {
  readonly exitCode: 1 | 2
  constructor(message: string, exitCode: 1 | 2) {
    super(message)
    this.exitCode = exitCode
  }
}

interface Args {
  target: string
  vendor: Vendor | 'auto'
  summary: boolean
  asOf?: string
}

function parseArgs(argv: string[]): Args {
  const args = [...argv]
  const valueOf = (flag: string): string | undefined => {
    const i = args.indexOf(flag)
    if (i < 0) return undefined
    const v = args[i + 1] ?? ''
    args.splice(i, 2)
    return v
  }
  const v = valueOf('--vendor') ?? 'auto'
  if (v !== 'epic' && v !== 'cerner' && v !== 'auto') throw new InputError(`--vendor must be epic, cerner or auto\n${USAGE}`, 1)
  const asOf = valueOf('--as-of')
  if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))) throw new InputError(`--as-of must be a date YYYY-MM-DD\n${USAGE}`, 1)
  const summary = args.includes('--summary')
  if (summary) args.splice(args.indexOf('--summary'), 1)
  const unknown = args.find((a) => a.startsWith('--'))
  if (unknown !== undefined) throw new InputError(`unknown option ${unknown}\n${USAGE}`, 1)
  if (args.length !== 1 || args[0] === undefined) throw new InputError(USAGE, 1)
  return { target: args[0], vendor: v, summary, ...(asOf !== undefined && { asOf }) }
}

function inputFiles(target: string): { files: string[]; directory: boolean } {
  let stat
  try {
    stat = statSync(target)
  } catch {
    throw new InputError(`cannot read ${target}: no such file or directory`, 1)
  }
  if (!stat.isDirectory()) return { files: [target], directory: false }
  const files = readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => join(target, f))
  if (!files.length) throw new InputError(`no .json files in ${target}`, 1)
  return { files, directory: true }
}

function readJson(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new InputError(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`, 1)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, 1)
  }
}

function checkFhir(file: string, json: unknown): void {
  const type = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>).resourceType : undefined
  if (typeof type !== 'string') throw new InputError(`${file}: not a FHIR resource (no resourceType)`, 2)
  if (type !== 'Bundle' && !SUPPORTED_TYPES.some((t) => t === type)) {
    throw new InputError(`${file}: unsupported resource type ${type} (supported: Bundle, ${SUPPORTED_TYPES.join(', ')})`, 2)
  }
}

/** Guesses the source EHR from shapes: OIDs, code-system hosts and id formats. Header only. */
export function detectVendor(resources: unknown[]): Vendor | 'unknown' {
  const text = JSON.stringify(resources)
  const epic = (text.match(/urn:oid:1\.2\.840\.114350|open\.epic\.com|epic\.com\/CodeSystem/g) ?? []).length
  const cerner = (text.match(/fhir(-ehr)?\.cerner\.com|"id":"(L|VS|BP)-\d/g) ?? []).length
  if (epic === cerner) return 'unknown'
  return epic > cerner ? 'epic' : 'cerner'
}

/** "Today" taken from the data itself, so a re-run next year prints the same bytes. */
function asOfDate(resources: unknown[], flag: string | undefined): { asOf: string; asOfSource: string } {
  if (flag !== undefined) return { asOf: flag, asOfSource: 'flag' }
  const text = JSON.stringify(resources)
  const newest = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '').sort().at(-1)
  const updated = newest(/"lastUpdated":"(\d{4}-\d{2}-\d{2})/g)
  if (updated !== undefined) return { asOf: updated, asOfSource: 'newest meta.lastUpdated' }
  const any = newest(/"(\d{4}-\d{2}-\d{2})(?:T[^"]*)?"/g)
  return any !== undefined ? { asOf: any, asOfSource: 'newest date in the input' } : { asOf: '1970-01-01', asOfSource: 'no dates in the input' }
}

function run(argv: string[]): number {
  const { target, vendor, summary, asOf: asOfFlag } = parseArgs(argv)
  const { files, directory } = inputFiles(target)
  const collected: Collected = { resources: [], warnings: [], searched: [] }
  const read: string[] = []
  const skipped: Array<{ file: string; error: string }> = []
  for (const file of files) {
    let json: unknown
    try {
      json = readJson(file)
      checkFhir(file, json)
    } catch (e) {
      // One bad export in a directory should not hide the others; a single file still fails as before.
      if (!directory || !(e instanceof InputError)) throw e
      process.stderr.write(`normalize: skipped ${e.message}\n`)
      skipped.push({ file, error: e.message })
      continue
    }
    read.push(file)
    const before = collected.warnings.length
    collectResources(json, collected)
    collected.warnings.splice(before, Infinity, ...collected.warnings.slice(before).map((w) => `${basename(file)}: ${w}`))
  }
  const found = vendor === 'auto' ? detectVendor(collected.resources) : vendor
  const { asOf, asOfSource } = asOfDate(collected.resources, asOfFlag)
  // The same vendor knowledge the app's adapter applies: Epic's order-entry trailer on sig text.
  const checkFutureDates = asOfSource === 'flag' || asOfSource === 'newest meta.lastUpdated'
  const out = normalizeCollected(collected, { today: new Date(`${asOf}T12:00:00`), checkFutureDates, ...(found === 'epic' && { medication: { sigTrailer: epicSigTrailer } }) })
  const header = {
    files: read,
    ...(skipped.length > 0 && { skipped }),
    vendor: found,
    vendorSource: vendor === 'auto' ? 'detected' : 'flag',
    asOf,
    asOfSource,
    futureDateCheck: checkFutureDates ? 'on' : 'off: "today" was guessed from the data; pass --as-of',
    resources: collected.resources.length,
  }
  const body = summary ? { header, summary: summarize(collected.resources, out), warnings: out.warnings } : { header, ...out }
  process.stdout.write(JSON.stringify(body, null, 2) + '\n')
  return skipped.length ? 3 : 0
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`normalize: ${e.message}\n`)
    process.exitCode = e.exitCode
  } else {
    process.stderr.write(`normalize: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 1
  }
}
