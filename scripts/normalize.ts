// npm run normalize -- <file-or-dir> [--vendor epic|cerner|auto]
//
// Reads FHIR JSON (a resource or a searchset Bundle; a directory = every .json in it), maps it
// with the vendor-neutral domain mappers and prints { header, models, report, warnings }.
// The vendor is detected for the header and, as in the app, picks Epic's sig trailer parser.
// Exit codes: 0 ok, 1 usage / unreadable file / invalid JSON, 2 JSON that is not FHIR we support.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { epicSigTrailer } from '../src/fhir/adapters/epic-sig.ts'
import { type Collected, collectResources, normalizeCollected, SUPPORTED_TYPES } from '../src/domain/normalize-report.ts'

type Vendor = 'epic' | 'cerner'
const USAGE = 'usage: npm run normalize -- <file-or-dir> [--vendor epic|cerner|auto]'

class InputError extends Error {
  readonly exitCode: 1 | 2
  constructor(message: string, exitCode: 1 | 2) {
    super(message)
    this.exitCode = exitCode
  }
}

function parseArgs(argv: string[]): { target: string; vendor: Vendor | 'auto' } {
  const args = [...argv]
  let vendor: Vendor | 'auto' = 'auto'
  const i = args.indexOf('--vendor')
  if (i >= 0) {
    const v = args[i + 1]
    if (v !== 'epic' && v !== 'cerner' && v !== 'auto') throw new InputError(`--vendor must be epic, cerner or auto\n${USAGE}`, 1)
    vendor = v
    args.splice(i, 2)
  }
  const unknown = args.find((a) => a.startsWith('--'))
  if (unknown !== undefined) throw new InputError(`unknown option ${unknown}\n${USAGE}`, 1)
  if (args.length !== 1 || args[0] === undefined) throw new InputError(USAGE, 1)
  return { target: args[0], vendor }
}

function inputFiles(target: string): string[] {
  let stat
  try {
    stat = statSync(target)
  } catch {
    throw new InputError(`cannot read ${target}: no such file or directory`, 1)
  }
  if (!stat.isDirectory()) return [target]
  const files = readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => join(target, f))
  if (!files.length) throw new InputError(`no .json files in ${target}`, 1)
  return files
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8')
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

function run(argv: string[]): number {
  const { target, vendor } = parseArgs(argv)
  const files = inputFiles(target)
  const collected: Collected = { resources: [], warnings: [], searched: [] }
  for (const file of files) {
    const json = readJson(file)
    checkFhir(file, json)
    const before = collected.warnings.length
    collectResources(json, collected)
    collected.warnings.splice(before, Infinity, ...collected.warnings.slice(before).map((w) => `${basename(file)}: ${w}`))
  }
  const found = vendor === 'auto' ? detectVendor(collected.resources) : vendor
  // The same vendor knowledge the app's adapter applies: Epic's order-entry trailer on sig text.
  const out = normalizeCollected(collected, found === 'epic' ? { sigTrailer: epicSigTrailer } : {})
  const header = { files, vendor: found, vendorSource: vendor === 'auto' ? 'detected' : 'flag', resources: collected.resources.length }
  process.stdout.write(JSON.stringify({ header, ...out }, null, 2) + '\n')
  return 0
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
