// Human names and contact points: prefer current official/usual entries, skip history (`use: old`
// or an ended period), and compose display names the same way whatever order the source used.
import { normalizeDateTime } from './datetime.ts'
import { field, list, num, records, str, type JsonRecord } from './json.ts'
import type { RuleId } from './rules.ts'

export interface PersonName {
  display: string
  given: string[]
  family?: string
  /** "Jr.", "Sr.", "II": part of the name, kept apart from the family name. */
  suffix?: string[]
}

const NAME_USE_RANK = new Map<string, number>([['official', 0], ['usual', 1], ['', 2], ['nickname', 3], ['maiden', 4]])

export function isCurrent(entry: unknown, today: Date): boolean {
  const end = normalizeDateTime(field(field(entry, 'period'), 'end'))?.value
  return end === undefined || Date.parse(end) >= today.getTime() || Number.isNaN(Date.parse(end))
}

export function nameOf(n: unknown): { name?: PersonName; composed: boolean } {
  const given = list(field(n, 'given'))
    .map((g) => str(g)?.trim())
    .filter((g): g is string => g !== undefined)
  const family = str(field(n, 'family'))?.trim()
  const text = str(field(n, 'text'))?.trim()
  const suffix = list(field(n, 'suffix'))
    .map((x) => str(x)?.trim())
    .filter((x): x is string => !!x)
  const parts = [...given, ...(family ? [family] : []), ...(given.length || family ? suffix : [])]
  if (parts.length) {
    return { name: { display: parts.join(' '), given, ...(family && { family }), ...(suffix.length && { suffix }) }, composed: true }
  }
  return text ? { name: { display: text, given: [] }, composed: false } : { composed: false }
}

export interface ChosenName {
  name: PersonName
  index: number
  rules: RuleId[]
}

export function chooseName(names: unknown, today: Date): ChosenName | undefined {
  const all = list(names).map((n, index) => ({ n, index, use: str(field(n, 'use'))?.trim() ?? '' }))
  const current = all.filter((e) => e.use !== 'old' && isCurrent(e.n, today))
  const pool = (current.length ? current : all).filter((e) => nameOf(e.n).name)
  pool.sort((a, b) => (NAME_USE_RANK.get(a.use) ?? 5) - (NAME_USE_RANK.get(b.use) ?? 5))
  const best = pool[0]
  if (!best) return undefined
  const { name, composed } = nameOf(best.n)
  const rules: RuleId[] = []
  if (current.length < all.length) rules.push('name.skip-old')
  if (all.length > 1 && (best.use === 'official' || best.use === 'usual')) rules.push('name.prefer-official')
  if (composed) rules.push('name.composed')
  if (name?.suffix) rules.push('name.suffix-kept')
  return name ? { name, index: best.index, rules } : undefined
}

export interface ContactPoint {
  system: string
  value: string
  use?: string
  /** E.164 form for phone numbers that can be read as North American or international. */
  normalized?: string
}

function rankOf(t: JsonRecord): { rank: number; fromString: boolean } {
  const n = num(t.rank)
  if (n !== undefined) return { rank: n, fromString: false }
  const s = str(t.rank)
  return s !== undefined && /^\d+$/.test(s.trim()) ? { rank: Number(s), fromString: true } : { rank: Infinity, fromString: false }
}

export function normalizePhone(value: string): string | undefined {
  const digits = value.replace(/\D/g, '')
  if (value.trim().startsWith('+') && digits.length >= 8 && digits.length <= 15) return `+${digits}`
  if (digits.length === 10) return `+1${digits}`
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`
  return undefined
}

export interface RankedPoints {
  points: ContactPoint[]
  /** Rules that shaped each point, by index in `points`. */
  rules: RuleId[][]
}

/** Current telecoms, best rank first. */
// Among equal ranks, a home or mobile number is a better "primary" than a temporary or old one.
const USE_ORDER = new Map<string, number>([['home', 0], ['mobile', 1], ['work', 2], ['', 3], ['temp', 4], ['old', 5]])
const useRank = (t: JsonRecord) => USE_ORDER.get(str(t.use)?.trim() ?? '') ?? 3

export function contactPoints(telecom: unknown, today: Date): RankedPoints {
  const all = records(telecom)
  const ranked = all
    .filter((t) => isCurrent(t, today) && str(t.use)?.trim() !== 'old')
    .flatMap((t, i) => {
      const system = str(t.system)?.trim()
      const value = str(t.value)?.trim()
      return system && value ? [{ t, i, system, value, use: useRank(t), ...rankOf(t) }] : []
    })
  const skipped = ranked.length < all.length
  const byPosition = ranked.map((r) => r.i)
  ranked.sort((a, b) => a.rank - b.rank || a.use - b.use || a.i - b.i)
  const rules: RuleId[][] = []
  const points = ranked.map(({ t, i, system, value, fromString }, pos) => {
    const normalized = system === 'phone' ? normalizePhone(value) : undefined
    rules.push([
      ...(fromString ? (['telecom.rank-string'] as const) : []),
      ...(normalized ? (['telecom.phone-normalized'] as const) : []),
      ...(byPosition[pos] !== i ? (['telecom.use-breaks-tie'] as const) : []),
      ...(skipped ? (['telecom.skip-ended'] as const) : []),
    ])
    const use = str(t.use)?.trim()
    return { system, value, ...(use && { use }), ...(normalized && { normalized }) }
  })
  return { points, rules }
}
