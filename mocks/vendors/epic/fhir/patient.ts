// Patient rendered the way Epic's R4 Patient.Read answers: no meta/text, Epic extensions,
// identifiers typed by `type.text` only, names and telecoms doubled/ranked as Epic does.
import type { Extension, HumanName, Identifier, Patient, Reference } from 'fhir/r4'
import { clinicianByKey, clinicians } from '../../../data/clinicians.ts'
import { patientLogins } from '../../../data/logins.ts'
import type { Clinician, PersonName, SyntheticPatient } from '../../../data/types.ts'
import { EPIC, EPIC_EXT, SYS } from './codes.ts'
import { digits, epicId, upperToken } from './ids.ts'

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** "Family, Given Middle": Epic's display for subject/patient references. */
export function displayName(name: PersonName): string {
  return `${name.family}, ${name.given.join(' ')}`
}

const fullName = (n: PersonName) => `${n.given.join(' ')} ${n.family}`

export function patientRef(p: SyntheticPatient): Reference {
  return { reference: `Patient/${p.ids.epic}`, display: displayName(p.name) }
}

export function practitionerRef(c: Clinician): Reference {
  const suffix = c.role === 'physician' ? 'MD' : 'RN'
  const display = `${c.name.given.join(' ')} ${c.name.family}, ${suffix}`
  return { reference: `Practitioner/${c.ids.epic}`, type: 'Practitioner', display }
}

/** Epic prints North American numbers as "+1 ddd-ddd-dddd". */
export function epicPhone(raw: string): string {
  const d = raw.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
  return d.length === 10 ? `+1 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : raw
}

function sexExtensions(p: SyntheticPatient): Extension[] {
  const coding = [{ system: EPIC.sex, code: p.sex, display: p.sex }]
  const female = p.sex === 'female'
  return [
    { url: EPIC_EXT.legalSex, valueCodeableConcept: { coding, text: title(p.sex) } },
    { url: EPIC_EXT.clinicalSex, valueCodeableConcept: { coding } },
    // The facts carry no race; Epic codes an undisclosed race with the OMB "unknown" concept plus text.
    {
      url: EPIC_EXT.race,
      extension: [
        { url: 'ombCategory', valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor', code: 'UNK', display: 'Unknown' } },
        { url: 'text', valueString: 'Unknown' },
      ],
    },
    { url: EPIC_EXT.ethnicity, extension: [{ url: 'text', valueString: 'Unknown' }] },
    // us-core-sex but never us-core-birthsex: the Epic sandbox dropped the latter.
    { url: EPIC_EXT.usCoreSex, valueCode: female ? '248152002' : '248153007' },
    {
      url: EPIC_EXT.pronouns,
      valueCodeableConcept: {
        coding: [
          female
            ? { system: SYS.loinc, code: 'LA29519-8', display: 'she/her/her/hers/herself' }
            : { system: SYS.loinc, code: 'LA29518-0', display: 'he/him/his/his/himself' },
        ],
      },
    },
  ]
}

function identifiers(p: SyntheticPatient): Identifier[] {
  const internal = 'Z' + digits(`internal:${p.key}`, 5)
  const id = (text: string, system: string, value: string): Identifier => ({
    use: 'usual',
    type: { text },
    system,
    value,
  })
  const list: Identifier[] = [
    id('CEID', EPIC.ceid, upperToken(`ceid:${p.key}`)),
    id('EPIC', EPIC.epicId, 'E' + digits(`epic:${p.key}`, 4)),
    // EXTERNAL is the one identifier type Epic also codes.
    {
      use: 'usual',
      type: { coding: [{ system: `${EPIC.internal}`, code: 'EXTERNAL', display: 'EXTERNAL' }], text: 'EXTERNAL' },
      system: `${EPIC.internal}.1`,
      value: internal,
    },
    id('FHIR', SYS.dstu2Id, p.epicDstu2Id),
    id('FHIR STU3', SYS.fhirId, p.ids.epic),
    // Epic left-pads INTERNAL ids with spaces; clients must not trim-compare them blindly.
    id('INTERNAL', EPIC.internal, internal.padStart(10, ' ')),
    id('EPI', EPIC.mrn, p.mrn),
    id('WPRINTERNAL', `${EPIC.internal}.2`, digits(`wpr:${p.key}`, 8)),
  ]
  // Epic lists the MyChart username, upper-cased, when the patient has a portal account.
  const login = patientLogins.find((l) => l.self === p.key)
  return login ? [...list, id('MYCHARTLOGIN', EPIC.myChart, login.username.toUpperCase())] : list
}

function names(n: PersonName): HumanName[] {
  const suffix = n.suffix?.length ? ` ${n.suffix.join(' ')}` : ''
  const base = { text: fullName(n) + suffix, family: n.family, given: n.given, ...(n.suffix ? { suffix: n.suffix } : {}) }
  return [
    { use: 'official', ...base },
    { use: 'usual', ...base },
  ]
}

/** Primary care physician: the prescriber of the first prescribed medication, else the first physician. */
function primaryCare(p: SyntheticPatient): Clinician | undefined {
  const key = p.medications.find((m) => m.prescriberKey)?.prescriberKey
  return (key ? clinicianByKey(key) : undefined) ?? clinicians.find((c) => c.role === 'physician')
}

const ORGANIZATION: Reference = {
  reference: `Organization/${epicId('Organization', 'sandbox-health', 24)}`,
  display: 'Sandbox Health System',
}

export function renderPatient(p: SyntheticPatient): Patient {
  const a = p.address
  const city = a.city.toUpperCase()
  const pcp = primaryCare(p)
  const language = p.language === 'es' ? { code: 'es', display: 'Spanish' } : { code: 'en', display: 'English' }
  const telecom: Patient['telecom'] = [{ system: 'phone', value: epicPhone(p.phone), use: 'home', rank: 1 }]
  if (p.email) telecom.push({ system: 'email', value: p.email, rank: 2 })
  return {
    resourceType: 'Patient',
    id: p.ids.epic,
    extension: sexExtensions(p),
    identifier: identifiers(p),
    active: true,
    name: names(p.name),
    telecom,
    gender: p.sex,
    birthDate: p.birthDate,
    deceasedBoolean: false,
    address: [
      {
        use: 'home',
        // Epic's address text joins lines with CRLF.
        text: `${a.line.join(' ')}\r\n${city} ${a.state} ${a.postalCode}\r\nUnited States of America`,
        line: a.line,
        city,
        state: a.state,
        postalCode: a.postalCode,
        country: 'US',
      },
    ],
    // The recorded Epic patients have no `contact` at all, and marital status is text only.
    maritalStatus: { text: 'Unknown' },
    communication: [
      {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/patient-proficiency',
            extension: [
              { url: 'level', valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v3-LanguageAbilityProficiency', code: 'E', display: 'Excellent' } },
              { url: 'type', valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v3-LanguageAbilityMode', code: 'ESP', display: 'Expressed spoken' } },
            ],
          },
        ],
        language: { coding: [{ system: SYS.bcp47, ...language }], text: language.display },
        preferred: true,
      },
    ],
    generalPractitioner: pcp ? [practitionerRef(pcp)] : undefined,
    managingOrganization: ORGANIZATION,
  }
}
