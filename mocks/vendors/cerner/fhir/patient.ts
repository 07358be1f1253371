// Renders a SyntheticPatient as a Millennium Patient (C3 shape): meta + narrative, birthsex and
// us-core-sex, OMB race/ethnicity, `CI-` ids and periods on names/telecoms/addresses, a name history,
// several identifier kinds (one without a system) and the string rank "1" from Cerner's docs.
import type { Address, Coding, ContactPoint, Extension, HumanName, Patient, Reference } from 'fhir/r4'
import { clinicians } from '../../../data/clinicians.ts'
import type { Clinician, Contact, PersonName, SyntheticPatient } from '../../../data/types.ts'
import { codeSet, numericId, pick } from './ids.ts'
import { narrative } from './narrative.ts'
import { history, identifiers } from './patient-history.ts'
import { isoMillis } from './time.ts'

/** Cerner's display form: "Family, Given Middle". */
export function displayName(n: PersonName): string {
  const suffix = n.suffix?.length ? ` ${n.suffix.join(' ').toUpperCase()}` : ''
  return `${n.family}${suffix}, ${n.given.join(' ')}`
}

const OMB = 'urn:oid:2.16.840.1.113883.6.238'
const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition'
// Facts carry no race; a stable pick keeps the OMB shape realistic without claiming anything.
const RACES = [
  ['2106-3', 'White'], ['2054-5', 'Black or African American'], ['2028-9', 'Asian'],
  ['1002-5', 'American Indian or Alaska Native'], ['2076-8', 'Native Hawaiian or Other Pacific Islander'],
] as const

function omb(url: string, code: string, display: string, text: string): Extension {
  return {
    extension: [
      { valueCoding: { system: OMB, code, display, userSelected: false }, url: 'ombCategory' },
      { valueString: text, url: 'text' },
    ],
    url,
  }
}

function extensions(p: SyntheticPatient): Extension[] {
  const [raceCode, race] = RACES[pick(`${p.key}:race`, RACES.length)]
  // Likewise ethnicity: inferred from language or a Spanish-spelled family name, for plausibility only.
  const hispanic = p.language === 'es' || /[áéíóúñ]/i.test(p.name.family)
  const [ethCode, ethnicity] = hispanic ? ['2135-2', 'Hispanic or Latino'] : ['2186-5', 'Not Hispanic or Latino']
  const [methodCode, methodText] = p.email ? ['4054430', 'Patient Portal'] : ['4054416', 'Telephone']
  const method: Coding = { system: codeSet(23042), code: methodCode, display: methodText, userSelected: true }
  return [
    { valueCode: p.sex === 'female' ? 'F' : 'M', url: `${US_CORE}/us-core-birthsex` },
    omb(`${US_CORE}/us-core-race`, raceCode, race, race),
    omb(`${US_CORE}/us-core-ethnicity`, ethCode, ethnicity, ethnicity),
    { valueCode: p.sex === 'female' ? '248152002' : '248153007', url: `${US_CORE}/us-core-sex` },
    {
      // Sub-extensions as recorded: what kind of message, how, to whom, detail and when it was verified.
      extension: [
        { url: 'communication-type', valueCodeableConcept: { coding: [{ system: codeSet(23043), code: '4054451', display: 'Appointment Reminders', userSelected: true }], text: 'Appointment Reminders' } },
        { url: 'contact-method', valueCodeableConcept: { coding: [method], text: method.display } },
        { url: 'contact-type', valueCodeableConcept: { coding: [{ system: codeSet(43), code: '170', display: 'Home', userSelected: true }], text: 'Home' } },
        { url: 'detailed', valueBoolean: false },
        { url: 'verified-datetime', valueDateTime: history(p).registered },
      ],
      url: 'https://fhir-ehr.cerner.com/r4/StructureDefinition/communication-preference',
    },
  ]
}

function names(p: SyntheticPatient): HumanName[] {
  const h = history(p)
  const upper: PersonName = { family: p.name.family.toUpperCase(), given: p.name.given.map((g) => g.toUpperCase()) }
  return [
    {
      id: `CI-${p.ids.cerner}-0`,
      use: 'official',
      text: displayName(p.name),
      family: p.name.family,
      given: p.name.given,
      ...(p.name.suffix ? { suffix: p.name.suffix.map((x) => x.toUpperCase()) } : {}),
      period: { start: h.renamed },
    },
    // The all-caps registration name, superseded: clients must prefer `official` over `old`.
    {
      id: `CI-${numericId(`${p.key}:name:old`)}-0`,
      use: 'old',
      text: displayName(upper),
      family: upper.family,
      given: upper.given,
      period: { start: h.registered, end: h.renamed },
    },
  ]
}

function telecoms(p: SyntheticPatient): ContactPoint[] {
  const h = history(p)
  const digits = p.phone.replace(/\D/g, '')
  const phone = {
    id: `CI-PH-${numericId(`${p.key}:phone`)}-0`,
    extension: [{ valueUrl: p.phone.replace(/\s+/g, ''), url: 'http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address' }],
    system: 'phone',
    value: digits,
    use: 'home',
    // Cerner's documentation example has rank as a string; kept so clients tolerate it.
    rank: '1',
    period: { start: h.registered },
  } as unknown as ContactPoint
  // Registration keeps numbers from past stays at the same rank, temporary ones first: only `use`
  // tells them apart from the home phone.
  const others = (p.otherPhones ?? []).map((o, i) => ({
    id: `CI-PH-${numericId(`${p.key}:phone:${i}`)}-0`,
    system: 'phone',
    value: o.value.replace(/\D/g, ''),
    use: o.use === 'temp' ? 'temp' : o.use === 'old' ? 'old' : o.use === 'mobile' ? 'mobile' : 'work',
    rank: '1',
    period: { start: h.registered },
  }) as unknown as ContactPoint)
  const temps = others.filter((o) => o.use === 'temp')
  const out: ContactPoint[] = [...temps, phone, ...others.filter((o) => o.use !== 'temp')]
  if (p.email) {
    const id = `CI-EM-${numericId(`${p.key}:email`)}-0`
    // rank is always a string on Millennium.
    out.push({ id, system: 'email', value: p.email, use: 'home', rank: '2', period: { start: h.renamed } } as unknown as ContactPoint)
  }
  return out
}

function address(p: SyntheticPatient): Address {
  const a = p.address
  return {
    id: `CI-${numericId(`${p.key}:address`)}-0`,
    use: 'home',
    text: `${a.line.join('\n')}\n${a.city}, ${a.state} ${a.postalCode}\nUS`,
    line: a.line,
    city: a.city,
    state: a.state,
    postalCode: a.postalCode,
    country: 'US',
    period: { start: history(p).registered },
  }
}

const RELATIONSHIP: Record<Contact['relationship'], Coding> = {
  mother: { system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH', display: 'mother' },
  father: { system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FTH', display: 'father' },
  spouse: { system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'SPS', display: 'spouse' },
  emergency: { system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'C', display: 'Emergency Contact' },
}

function generalPractitioner(p: SyntheticPatient, doctor: Clinician): Reference {
  return { id: `CI-${numericId(`${p.key}:gp`)}-1`, reference: `Practitioner/${doctor.ids.cerner}`, display: displayName(doctor.name) }
}

const lastUpdated = (p: SyntheticPatient) =>
  isoMillis(new Date(Date.parse('2026-09-01T09:00:00Z') + pick(`${p.key}:updated`, 50) * 86_400_000))

const LANGUAGE = { en: ['3182', 'English'], es: ['3194', 'Spanish'] } as const

export function renderPatient(p: SyntheticPatient): Patient {
  const [langCode, language] = LANGUAGE[p.language]
  const gp = clinicians.filter((c) => c.role === 'physician')
  const doctor = gp.length ? gp[pick(`${p.key}:gp`, gp.length)] : undefined
  return {
    resourceType: 'Patient',
    id: p.ids.cerner,
    meta: { versionId: String(2 + pick(`${p.key}:version`, 400)), lastUpdated: lastUpdated(p) },
    text: narrative('Patient', [
      ['Patient Name', displayName(p.name)], ['Status', 'Active'], ['DOB', p.birthDate],
      ['Birth Sex', p.sex === 'female' ? 'Female' : 'Male'], ['Administrative Gender', p.sex === 'female' ? 'Female' : 'Male'],
    ]),
    extension: extensions(p),
    identifier: identifiers(p),
    active: true,
    name: names(p),
    telecom: telecoms(p),
    gender: p.sex,
    birthDate: p.birthDate,
    deceasedBoolean: false,
    address: [address(p)],
    // Millennium keeps every contact ever registered; ended ones carry a past period.end.
    contact: p.contacts.map((c, i) => ({
      id: `CI-CT-${numericId(`${p.key}:contact:${i}`)}`,
      relationship: [{ coding: [RELATIONSHIP[c.relationship]], text: RELATIONSHIP[c.relationship].display }],
      name: { use: 'official', text: displayName(c.name), family: c.name.family, given: c.name.given },
      telecom: [{ system: 'phone', value: c.phone.replace(/\D/g, ''), use: 'home', rank: '1' } as unknown as ContactPoint],
      period: c.ended
        ? { start: `${Number(c.ended.slice(0, 4)) - 3}${c.ended.slice(4)}T00:00:00.000Z`, end: `${c.ended}T00:00:00.000Z` }
        : { start: history(p).registered },
    })),
    communication: [
      {
        language: {
          coding: [
            { system: codeSet(36), code: langCode, display: language, userSelected: true },
            { system: 'urn:ietf:bcp:47', code: p.language, display: language, userSelected: false },
          ],
          text: language,
        },
        preferred: true,
      },
    ],
    ...(doctor ? { generalPractitioner: [generalPractitioner(p, doctor)] } : {}),
  }
}
