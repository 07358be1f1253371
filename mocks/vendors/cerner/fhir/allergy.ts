// Renders allergy records as Millennium AllergyIntolerances (C7 shape, corrected by §8.6). Quirks
// kept on purpose: `verificationStatus.text` contradicts its coding ("Resolved" on a confirmed,
// resolved row), entered-in-error rows lose clinicalStatus but keep their substance, "no known
// allergies" is free text only (no SNOMED coding), and "never asked" is simply no entries at all.
import type { AllergyIntolerance, CodeableConcept, Extension, Reference } from 'fhir/r4'
import { clinicians } from '../../../data/clinicians.ts'
import type { AllergyFact, SyntheticPatient } from '../../../data/types.ts'
import { codeSet, numericId, pick, RXNORM, SNOMED } from './ids.ts'
import { narrative, titleCase } from './narrative.ts'
import { displayName } from './patient.ts'
import { isoSeconds } from './time.ts'

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical'
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification'

/** Millennium's reaction-status words, which are not the FHIR verification codes. */
const VERIFICATION_TEXT: Record<AllergyFact['verificationStatus'], [display: string, text: string]> = {
  // A confirmed allergy that is clinically resolved reads "Resolved"; see verificationStatus() below.
  confirmed: ['Confirmed', 'Active'],
  unconfirmed: ['Unconfirmed', 'Proposed'],
  refuted: ['Refuted', 'Resolved'],
  'entered-in-error': ['Entered in Error', 'Canceled'],
}

function verificationStatus(v: AllergyFact['verificationStatus'], clinical?: AllergyFact['clinicalStatus']): CodeableConcept {
  const [display, text] = VERIFICATION_TEXT[v]
  return { coding: [{ system: VERIFICATION, code: v, display }], text: clinical === 'resolved' && v === 'confirmed' ? 'Resolved' : text }
}

function clinicalStatus(c: AllergyFact['clinicalStatus']): CodeableConcept {
  return { coding: [{ system: CLINICAL, code: c, display: titleCase(c) }], text: titleCase(c) }
}

const SUBSTANCE_SYSTEMS = { rxnorm: RXNORM, snomed: SNOMED, unii: 'http://fdasis.nlm.nih.gov' } as const

function substance(f: AllergyFact): CodeableConcept {
  if (!f.code) return { text: f.substance }
  return { coding: [{ system: SUBSTANCE_SYSTEMS[f.code.system], code: f.code.code, display: f.substance }], text: f.substance }
}

function onsetPrecision(): Extension {
  return {
    url: 'https://fhir-ehr.cerner.com/r4/StructureDefinition/precision',
    valueCodeableConcept: { coding: [{ system: codeSet(25320), code: '5214', display: 'About', userSelected: true }], text: 'About' },
  }
}

const instant = (d: string) => isoSeconds(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d)

export const allergyId = (f: AllergyFact) => numericId(f.key)

export interface AllergyRenderOptions {
  /** Millennium omits `category` on some rows; clients must not require it. */
  omitCategory: boolean
  /** Only one row per list carries the `_onsetDateTime` precision extension. */
  withPrecision: boolean
}

/** Who charted it (190 of 191 recorded rows): a stable pick among the sandbox clinicians. */
function recorder(f: AllergyFact): Reference | undefined {
  const c = clinicians[pick(`${f.key}:recorder`, clinicians.length)]
  return c ? { reference: `Practitioner/${c.ids.cerner}`, display: displayName(c.name) } : undefined
}

function patientRef(p: SyntheticPatient) {
  return { reference: `Patient/${p.ids.cerner}`, display: displayName(p.name) }
}

export function renderAllergy(f: AllergyFact, p: SyntheticPatient, o: AllergyRenderOptions): AllergyIntolerance {
  const id = allergyId(f)
  const meta = { versionId: numericId(`${f.key}:version`), lastUpdated: isoSeconds(f.recorded) }
  if (f.verificationStatus === 'entered-in-error') {
    // Recorded entered-in-error rows keep their substance (no DAR code) but lose clinicalStatus.
    return {
      resourceType: 'AllergyIntolerance',
      id,
      meta,
      text: narrative('Allergy Intolerance', [['Verification Status', 'Canceled'], ['Substance', f.substance]]),
      verificationStatus: verificationStatus(f.verificationStatus),
      type: 'allergy',
      code: substance(f),
      patient: patientRef(p),
      recordedDate: isoSeconds(f.recorded),
      recorder: recorder(f),
    }
  }
  const a: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    id,
    meta,
    text: narrative('Allergy Intolerance', [
      ['Substance', f.substance],
      ['Status', titleCase(f.clinicalStatus)],
      ['Verification Status', VERIFICATION_TEXT[f.verificationStatus][1]],
      ['Criticality', f.criticality ? titleCase(f.criticality) : undefined],
      ['Reactions', f.reactions.map((r) => r.manifestation).join(', ') || undefined],
    ]),
    clinicalStatus: clinicalStatus(f.clinicalStatus),
    verificationStatus: verificationStatus(f.verificationStatus, f.clinicalStatus),
    type: 'allergy',
    ...(o.omitCategory ? {} : { category: [f.category] }),
    // Millennium's default when nobody assessed it: the most common recorded value (127 of 191).
    criticality: f.criticality ?? 'unable-to-assess',
    code: substance(f),
    patient: patientRef(p),
  }
  if (f.onset) {
    a.onsetDateTime = instant(f.onset)
    if (o.withPrecision) Object.assign(a, { _onsetDateTime: { extension: [onsetPrecision()] } })
  }
  a.recordedDate = isoSeconds(f.recorded)
  a.recorder = recorder(f)
  if (f.reactions.length) {
    a.reaction = f.reactions.map((r, i) => ({
      id: numericId(`${f.key}:reaction:${i}`),
      manifestation: [
        r.snomed
          ? { coding: [{ system: SNOMED, code: r.snomed, display: r.manifestation }], text: r.manifestation }
          : { text: r.manifestation },
      ],
      ...(r.severity ? { severity: r.severity } : {}),
    }))
  }
  if (f.note) a.note = [{ text: f.note, time: isoSeconds(f.recorded) }]
  return a
}

/** "No Known Allergies" or, when only drugs were asked about, "No Known Medication Allergies": text only, as recorded. */
export function renderNoKnownAllergy(p: SyntheticPatient, recorded: string, drugOnly: boolean): AllergyIntolerance {
  const text = drugOnly ? 'No Known Medication Allergies' : 'No Known Allergies'
  return {
    resourceType: 'AllergyIntolerance',
    id: numericId(`${p.key}:${drugOnly ? 'nkma' : 'nka'}`),
    meta: { versionId: numericId(`${p.key}:nka:version`), lastUpdated: isoSeconds(recorded) },
    text: narrative('Allergy Intolerance', [['Substance', text], ['Status', 'Active'], ['Verification Status', 'Active']]),
    clinicalStatus: clinicalStatus('active'),
    verificationStatus: verificationStatus('confirmed'),
    type: 'allergy',
    ...(drugOnly ? { category: ['medication' as const] } : {}),
    code: { text },
    patient: patientRef(p),
    recordedDate: isoSeconds(recorded),
  }
}

/** Every AllergyIntolerance Millennium would return for the patient, in one list (never paged). */
export function renderAllergies(p: SyntheticPatient): AllergyIntolerance[] {
  const record = p.allergies
  if (record.kind === 'not-asked') return []
  if (record.kind === 'none-known') return [renderNoKnownAllergy(p, record.recorded, record.drugOnly ?? false)]
  const live = record.items.filter((f) => f.verificationStatus !== 'entered-in-error')
  // Deterministic stand-ins for Millennium's inconsistency: the last live row of a multi-row list
  // has no category, and only the first row with an onset says how precise that onset is.
  const noCategory = live.length > 1 ? live[live.length - 1] : undefined
  const precise = record.items.find((f) => f.onset && f.verificationStatus !== 'entered-in-error')
  return record.items.map((f) => renderAllergy(f, p, { omitCategory: f === noCategory, withPrecision: f === precise }))
}
