// Observation.Search: Epic refuses a search without `category` or `code` (59108) and rejects
// categories it does not know (59109 + 59111). Everything else filters the patient's results.
import type { Observation } from 'fhir/r4'
import { applyGranular } from './access.ts'
import { badRequest, invalidParam } from './errors.ts'
import { issues } from './outcomes.ts'
import { datePredicate, listParam, matchesToken, tokenCode } from './params.ts'
import { byId, compartment, finish, type SearchContext } from './search-context.ts'

/** Categories Epic's Observation API routes, with the label its 59204 warnings use. */
const CATEGORIES: Record<string, string> = {
  laboratory: 'Laboratory',
  'vital-signs': 'Vital Signs',
  'social-history': 'Social History',
  'core-characteristics': 'Core Characteristics',
  LDA: 'LDA',
  'LDA-property': 'LDA Property',
  'LDA-assessment': 'LDA Assessment',
  'functional-mental-status': 'Functional Mental Status',
  periodontal: 'Periodontal',
  'labor-delivery': 'Labor and Delivery',
  'newborn-delivery': 'Newborn Delivery',
  'obstetrics-gynecology': 'Obstetrics and Gynecology',
  survey: 'Survey',
  sdoh: 'SDOH',
  imaging: 'Imaging',
}

/** Known category names, plus SNOMED concept ids, which Epic also accepts. */
const isKnownCategory = (code: string) => code in CATEGORIES || /^\d{6,18}$/.test(code)

export function searchObservations(ctx: SearchContext): Response {
  const categories = listParam(ctx.params, 'category')
  const codes = listParam(ctx.params, 'code')
  if (!categories.length && !codes.length) {
    return badRequest(ctx.req, issues.required('Must have either code or category.', 'code/category'))
  }
  const unknown = categories.find((c) => !isKnownCategory(tokenCode(c)))
  if (unknown !== undefined) {
    return invalidParam(ctx.req, 'category', `Invalid category: ${tokenCode(unknown)}`)
  }
  const dates = ctx.params.getAll('date')
  const inRange = dates.length ? datePredicate(dates) : () => true
  if (!inRange) return invalidParam(ctx.req, 'date', `Invalid date: ${dates.join(',')}`)

  const target = compartment(ctx)
  if (target instanceof Response) return target
  const statuses = listParam(ctx.params, 'status')
  const matches = byId(target.record?.observations ?? [], listParam(ctx.params, '_id')).filter(
    (o: Observation) =>
      (!categories.length || categories.some((c) => matchesToken(o.category, c))) &&
      (!codes.length || codes.some((c) => matchesToken([o.code], c))) &&
      (!statuses.length || statuses.includes(o.status)) &&
      inRange(o.effectiveDateTime),
  )
  const requested = categories.map((token) => ({ token, label: CATEGORIES[tokenCode(token)] ?? tokenCode(token) }))
  const { kept, warnings } = applyGranular(ctx.grant, 'Observation', matches, requested)
  return finish(ctx, { matches: kept, warnings })
}
