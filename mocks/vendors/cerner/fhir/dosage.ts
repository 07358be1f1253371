// Millennium dosage: a terse order sentence ("1,000 mg = 2 tab, Oral, BID"), tenant-coded timing
// (codeSet/4003 + GTS + SNOMED) and route (codeSet/4001 + SNOMED), and a dose in form units such
// as {Tablet}. Our facts hold a portal-style sig, so the pieces are parsed back out of it.
import type { CodeableConcept, Coding, Dosage, Quantity } from 'fhir/r4'
import type { MedicationFact } from '../../../data/types.ts'
import { codeSet, pick, SNOMED, UCUM } from './ids.ts'
import { isoSeconds } from './time.ts'

const GTS = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation'

const ROUTES: Record<MedicationFact['route'], [tenantCode: string, text: string, snomed: string, snomedDisplay: string]> = {
  oral: ['4102', 'Oral', '26643006', 'Oral route (qualifier value)'],
  intravenous: ['4110', 'IV', '47625008', 'Intravenous route (qualifier value)'],
  topical: ['4125', 'Topical', '6064005', 'Topical route (qualifier value)'],
  inhaled: ['4139', 'Inhalation', '447694001', 'Respiratory tract route (qualifier value)'],
  subcutaneous: ['4144', 'Subcutaneous', '34206005', 'Subcutaneous route (qualifier value)'],
}

interface Frequency {
  text: string
  gts?: string
  snomed?: [code: string, display: string]
}

const EVERY_HOURS: Record<string, [string, string]> = {
  '4': ['225756002', 'Every four hours (qualifier value)'],
  '6': ['307468000', 'Every six hours (qualifier value)'],
  '8': ['307469008', 'Every eight hours (qualifier value)'],
  '12': ['307470009', 'Every twelve hours (qualifier value)'],
}

const TIMES_DAILY: Record<string, Frequency> = {
  '2': { text: 'BID', gts: 'BID', snomed: ['229799001', 'Twice a day (qualifier value)'] },
  '3': { text: 'TID', gts: 'TID', snomed: ['229798009', 'Three times daily (qualifier value)'] },
  '4': { text: 'QID', gts: 'QID', snomed: ['307439001', 'Four times daily (qualifier value)'] },
}

function frequency(sig: string): Frequency | undefined {
  const hours = /every (\d+) hours?/i.exec(sig)
  if (hours) return { text: `every ${hours[1]} hr`, gts: `Q${hours[1]}H`, snomed: EVERY_HOURS[hours[1]] }
  const times = /(\d) times (?:daily|a day)/i.exec(sig)
  if (times && TIMES_DAILY[times[1]]) return TIMES_DAILY[times[1]]
  if (/nightly|at bedtime/i.test(sig)) return { text: 'at bedtime', gts: 'HS' }
  if (/\bdaily\b/i.test(sig)) return { text: 'daily', gts: 'QD', snomed: ['229797004', 'Once daily (qualifier value)'] }
  if (/\bonce\b/i.test(sig)) return { text: 'once' }
  return undefined
}

function timingCode(f: Frequency): CodeableConcept {
  const tenantCode = String(600_000 + pick(`freq:${f.text}`, 99_999))
  const coding: Coding[] = [{ system: codeSet(4003), code: tenantCode, display: f.text, userSelected: true }]
  if (f.gts) coding.push({ system: GTS, code: f.gts, display: f.gts, userSelected: false })
  if (f.snomed) coding.push({ system: SNOMED, code: f.snomed[0], display: f.snomed[1], userSelected: false })
  return { coding, text: f.text }
}

const FORMS: Record<string, [abbr: string, ucum: string]> = {
  tablet: ['tab', '{tbl}'],
  capsule: ['cap', '{Capsule}'],
  puff: ['puff', '{Puff}'],
  drop: ['drop', '[drp]'],
  ml: ['mL', 'mL'],
}

const num = (s: string) => Number(s.replace(/,/g, ''))

interface ParsedSig {
  count?: { raw: string; form: string }
  total?: { raw: string; unit: string }
  rate?: string
  frequency?: Frequency
}

function parseSig(sig: string): ParsedSig {
  const count = /(?:take|inhale|infuse|apply|inject|use)\s+([\d,.]+)\s*(tablet|capsule|puff|drop|mL)s?/i.exec(sig)
  const total = /\(([\d,.]+)\s*(mg|mcg|g|mL|mEq|units?)\s+total\)/i.exec(sig)
  const rate = /at ([\d,.]+\s*mL\/hr)/i.exec(sig)
  return {
    count: count ? { raw: count[1], form: count[2].toLowerCase() } : undefined,
    total: total ? { raw: total[1], unit: total[2] } : undefined,
    rate: rate?.[1],
    frequency: frequency(sig),
  }
}

/** "880 mg = 11 mL, Oral, BID, PRN: wheezing", the order-sentence style Millennium prints. */
export function terseSig(f: MedicationFact): string {
  const p = parseSig(f.dosageText)
  const form = p.count ? FORMS[p.count.form] : undefined
  const amount = p.count && form ? `${p.count.raw} ${form[0]}` : undefined
  const dose = p.total ? `${p.total.raw} ${p.total.unit}` : undefined
  const parts = [dose && amount ? `${dose} = ${amount}` : (dose ?? amount), ROUTES[f.route][1], p.rate, p.frequency?.text]
  if (f.asNeeded) parts.push(`PRN: ${f.asNeeded}`)
  const text = parts.filter(Boolean).join(', ')
  return text.includes(',') ? text : f.dosageText
}

function doseQuantity(p: ParsedSig): Quantity | undefined {
  const form = p.count ? FORMS[p.count.form] : undefined
  if (p.count && form) return { value: num(p.count.raw), unit: form[0], system: UCUM, code: form[1] }
  if (p.total) return { value: num(p.total.raw), unit: p.total.unit, system: UCUM, code: p.total.unit === 'mcg' ? 'ug' : p.total.unit }
  return undefined
}

/** Period bounds: the order instant when it is the start day, else the fact's date as given. */
function bound(date: string, authoredOn: string): string {
  return authoredOn.startsWith(date) ? isoSeconds(authoredOn) : date
}

export function dosageInstruction(f: MedicationFact): Dosage {
  const p = parseSig(f.dosageText)
  const sig = terseSig(f)
  const [tenantCode, routeText, snomed, snomedDisplay] = ROUTES[f.route]
  const dosage: Dosage = {
    extension: [{ valueString: sig, url: 'https://fhir-ehr.cerner.com/r4/StructureDefinition/clinical-instruction' }],
    text: sig,
    // The long portal sentence lives here; the terse one is what clinicians read.
    patientInstruction: [f.dosageText, f.patientInstruction].filter(Boolean).join(' '),
  }
  if (f.start || p.frequency) {
    dosage.timing = {}
    if (f.start) {
      dosage.timing.repeat = { boundsPeriod: { start: bound(f.start, f.authoredOn), ...(f.end ? { end: f.end } : {}) } }
    }
    if (p.frequency) dosage.timing.code = timingCode(p.frequency)
  }
  if (f.asNeeded) dosage.asNeededCodeableConcept = { text: f.asNeeded }
  dosage.route = {
    coding: [
      { system: codeSet(4001), code: tenantCode, display: routeText, userSelected: true },
      { system: SNOMED, code: snomed, display: snomedDisplay, userSelected: false },
    ],
    text: routeText,
  }
  const dose = doseQuantity(p)
  if (dose) dosage.doseAndRate = [{ doseQuantity: dose }]
  return dosage
}
