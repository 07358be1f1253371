// Patient → PatientSummary: who the chart belongs to, as the banner and the record chooser show it.
import type { Patient } from 'fhir/r4'
import { type Age, ageOn } from './age.ts'
import { codeIn, codingsOf, conceptText, SYSTEMS } from './coding.ts'
import { daysInMonth, normalizeDateTime } from './datetime.ts'
import { bool, field, list, records, str } from './json.ts'
import { identifiersOf, type PatientIdentifier } from './patient-identifiers.ts'
import { chooseName, type ContactPoint, contactPoints, isCurrent, nameOf } from './patient-names.ts'
import { guarded, type MapWarning, type Provenance, type ProvenanceBuilder, provenanceOf, warn, withProvenance } from './provenance.ts'

export type Sex = 'female' | 'male' | 'other' | 'unknown'

export interface PatientContact {
  relationship?: string
  /** v3 RoleCode / v2-0131 code, e.g. SPS, MTH. */
  relationshipCode?: string
  name?: string
  phone?: ContactPoint
}

export interface PostalAddress {
  lines: string[]
  city?: string
  state?: string
  postalCode?: string
  country?: string
}

export interface PatientSummary {
  id?: string
  displayName?: string
  given: string[]
  family?: string
  birthDate?: string
  age?: Age
  sex?: Sex
  mrn?: string
  identifiers: PatientIdentifier[]
  phone?: ContactPoint
  email?: ContactPoint
  address?: PostalAddress
  contacts: PatientContact[]
  language?: { code?: string; display?: string }
  active?: boolean
  deceased?: boolean
  provenance: Provenance
}

export interface PatientOptions {
  /** "Today" for age and period checks; injectable so results are reproducible. */
  today?: Date
  warnings?: MapWarning[]
}

const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown']

function demographics(p: unknown, prov: ProvenanceBuilder, today: Date) {
  const chosen = chooseName(field(p, 'name'), today)
  if (chosen) prov.from('displayName', `name[${chosen.index}]`, ...chosen.rules)
  if (chosen?.name.family !== undefined) prov.from('family', `name[${chosen.index}].family`)
  if (chosen?.name.given.length) prov.from('given', `name[${chosen.index}].given`)
  const birth = normalizeDateTime(field(p, 'birthDate'))?.value
  const birthDate = birth && /^\d{4}(-\d{2}){0,2}$/.test(birth) && isCalendarDay(birth) ? birth : undefined
  if (birthDate) prov.from('birthDate', 'birthDate')
  else if (field(p, 'birthDate') !== undefined) prov.drop('birthDate', 'not a valid FHIR date')
  const age = ageOn(birthDate, today)
  if (age) prov.from('age', 'birthDate', 'age.computed')
  const gender = str(field(p, 'gender'))?.trim().toLowerCase()
  const sex = SEXES.find((s) => s === gender)
  if (sex) prov.from('sex', 'gender')
  else if (field(p, 'gender') !== undefined) prov.drop('gender', 'not an administrative gender code')
  return {
    ...(chosen && { displayName: chosen.name.display, family: chosen.name.family }),
    given: chosen?.name.given ?? [],
    ...(birthDate && { birthDate }),
    ...(age && { age }),
    ...(sex && { sex }),
  }
}

function telecoms(p: unknown, prov: ProvenanceBuilder, today: Date) {
  const { points, rules } = contactPoints(field(p, 'telecom'), today)
  const phone = points.findIndex((t) => t.system === 'phone')
  const email = points.findIndex((t) => t.system === 'email')
  if (phone >= 0) prov.from('phone', 'telecom', ...(rules[phone] ?? []))
  if (email >= 0) prov.from('email', 'telecom', ...(rules[email] ?? []))
  return { ...(phone >= 0 && { phone: points[phone] }), ...(email >= 0 && { email: points[email] }) }
}

function addressOf(p: unknown, prov: ProvenanceBuilder, today: Date): PostalAddress | undefined {
  const all = records(field(p, 'address')).filter((a) => isCurrent(a, today) && str(a.use) !== 'old')
  const a = all.find((x) => str(x.use) === 'home') ?? all[0]
  if (!a) return undefined
  prov.from('address', `address[${list(field(p, 'address')).indexOf(a)}]`)
  const text = (k: string) => str(a[k])?.trim()
  const lines = list(a.line).map((l) => str(l)?.trim()).filter((l): l is string => l !== undefined)
  const [city, state, postalCode, country] = [text('city'), text('state'), text('postalCode'), text('country')]
  return { lines, ...(city && { city }), ...(state && { state }), ...(postalCode && { postalCode }), ...(country && { country }) }
}

function contactOf(c: unknown, today: Date): PatientContact {
  const rel = list(field(c, 'relationship'))
  const code = rel.map((r) => codingsOf(r).find(({ coding }) => /v3-RoleCode|v2-0131/.test(coding.system ?? ''))).find(Boolean)
  const relationship = rel.map((r) => conceptText(r).text).find((t) => t !== undefined)
  const name = nameOf(field(c, 'name')).name?.display
  const phone = contactPoints(field(c, 'telecom'), today).points.find((t) => t.system === 'phone')
  return {
    ...(relationship !== undefined && { relationship }),
    ...(code && { relationshipCode: code.coding.code }),
    ...(name !== undefined && { name }),
    ...(phone && { phone }),
  }
}

function languageOf(p: unknown, prov: ProvenanceBuilder): PatientSummary['language'] {
  const comms = list(field(p, 'communication'))
  const i = Math.max(0, comms.findIndex((c) => field(c, 'preferred') === true))
  const concept = field(comms[i], 'language')
  const code = codeIn(concept, SYSTEMS.bcp47) ?? codingsOf(concept)[0]?.coding.code
  const display = conceptText(concept).text
  if (code === undefined && display === undefined) return undefined
  prov.from('language', `communication[${i}].language`)
  if (field(comms[i], 'preferred') !== undefined) prov.read(`communication[${i}].preferred`)
  return { ...(code !== undefined && { code }), ...(display !== undefined && { display }) }
}

function mapPatient(p: unknown, options: PatientOptions): PatientSummary | null {
  if (field(p, 'resourceType') !== 'Patient') {
    warn(options.warnings, p, 'not a Patient')
    return null
  }
  const today = options.today ?? new Date()
  const prov = provenanceOf(p)
  const { identifiers, mrn } = identifiersOf(field(p, 'identifier'), today)
  if (mrn) prov.from('mrn', `identifier[${mrn.index}]`, ...mrn.rules)
  if (identifiers.length) prov.from('identifiers', 'identifier')
  // Ended contacts (a past period.end) are history, not someone to call.
  const allContacts = list(field(p, 'contact'))
  const contacts = allContacts.filter((c) => isCurrent(c, today)).map((c) => contactOf(c, today))
  if (allContacts.length) prov.from('contacts', 'contact', ...(contacts.length < allContacts.length ? (['contact.skip-ended'] as const) : []))
  const id = str(field(p, 'id'))
  const active = bool(field(p, 'active'))
  const deceased = bool(field(p, 'deceasedBoolean')) ?? (field(p, 'deceasedDateTime') !== undefined ? true : undefined)
  const address = addressOf(p, prov, today)
  const language = languageOf(p, prov)
  if (active !== undefined) prov.from('active', 'active')
  if (deceased !== undefined) prov.from('deceased', deceased && !bool(field(p, 'deceasedBoolean')) ? 'deceasedDateTime' : 'deceasedBoolean')
  return withProvenance<PatientSummary>({
    ...(id !== undefined && { id }),
    ...demographics(p, prov, today),
    ...(mrn && { mrn: mrn.value }),
    identifiers,
    ...telecoms(p, prov, today),
    ...(address && { address }),
    contacts,
    ...(language && { language }),
    ...(active !== undefined && { active }),
    ...(deceased !== undefined && { deceased }),
  }, prov)
}

/** "1990-02-30" has the shape of a date but no such day: an age from it would be made up. */
function isCalendarDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number)
  if (m === undefined) return true
  if (m < 1 || m > 12) return false
  return d === undefined || (d >= 1 && d <= daysInMonth(y ?? 0, m))
}

export function toPatientSummary(p: Patient, options: PatientOptions = {}): PatientSummary | null {
  return guarded(p, options.warnings, () => mapPatient(p, options))
}
