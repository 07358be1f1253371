// Renders allergy records as Millennium AllergyIntolerances (C7 shape). Quirks kept on purpose:
// `verificationStatus.text` contradicts its coding, entered-in-error rows lose clinicalStatus and
// their code, NKA/NKMA are real coded entries, and "never asked" is simply no entries at all.
import type { AllergyIntolerance, CodeableConcept, Extension } from 'fhir/r4'
import type { AllergyFact, SyntheticPatient } from '../../../data/types.ts'
import { codeSet, DAR_SYSTEM, numericId, RXNORM, SNOMED } from './ids.ts'
import { narrative, titleCase } from './narrative.ts'
import { displayName } from './patient.ts'
import { isoSeconds } from './time.ts'

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical'
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification'

/** Millennium's reaction-status words, which are not the FHIR verification codes. */
const VERIFICATION_TEXT: Record<AllergyFact['verificationStatus'], [display: string, text: string]> = {
  confirmed: ['Confirmed', 'Active'],
  unconfirmed: ['Unconfirmed', 'Proposed'],
  refuted: ['Refuted', 'Resolved'],
  'entered-in-error': ['Entered in Error', 'Canceled'],
}

function verificationStatus(v: AllergyFact['verificationStatus']): CodeableConcept {
  const [display, text] = VERIFICATION_TEXT[v]
  return { coding: [{ system: VERIFICATION, code: v, display }], text }
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
    url: 'https://fhir-ehr.cerner.com/StructureDefinition/precision',
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

function patientRef(p: SyntheticPatient) {
  return { reference: `Patient/${p.ids.cerner}`, display: displayName(p.name) }
}

export function renderAllergy(f: AllergyFact, p: SyntheticPatient, o: AllergyRenderOptions): AllergyIntolerance {
  const id = allergyId(f)
  const meta = { versionId: numericId(`${f.key}:version`), lastUpdated: isoSeconds(f.recorded) }
  if (f.verificationStatus === 'entered-in-error') {
    return {
      resourceType: 'AllergyIntolerance',
      id,
      meta,
      text: narrative('Allergy Intolerance', [['Verification Status', 'Canceled'], ['Substance', 'Error']]),
      verificationStatus: verificationStatus(f.verificationStatus),
      code: { coding: [{ system: DAR_SYSTEM, code: 'error', display: 'Error' }], text: 'Error' },
      patient: patientRef(p),
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
    verificationStatus: verificationStatus(f.verificationStatus),
    type: 'allergy',
    ...(o.omitCategory ? {} : { category: [f.category] }),
    ...(f.criticality ? { criticality: f.criticality } : {}),
    code: substance(f),
    patient: patientRef(p),
  }
  if (f.onset) {
    a.onsetDateTime = instant(f.onset)
    if (o.withPrecision) Object.assign(a, { _onsetDateTime: { extension: [onsetPrecision()] } })
  }
  a.recordedDate = isoSeconds(f.recorded)
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
  return a
}

/** "No known allergies" (716186003) or, when only drugs were asked about, NKMA (409137002). */
export function renderNoKnownAllergy(p: SyntheticPatient, recorded: string, drugOnly: boolean): AllergyIntolerance {
  const [code, display, text] = drugOnly
    ? ['409137002', 'No known drug allergy (situation)', 'No Known Medication Allergies']
    : ['716186003', 'No known allergy (situation)', 'No Known Allergies']
  return {
    resourceType: 'AllergyIntolerance',
    id: numericId(`${p.key}:${drugOnly ? 'nkma' : 'nka'}`),
    meta: { versionId: numericId(`${p.key}:nka:version`), lastUpdated: isoSeconds(recorded) },
    text: narrative('Allergy Intolerance', [['Substance', text], ['Status', 'Active'], ['Verification Status', 'Active']]),
    clinicalStatus: clinicalStatus('active'),
    verificationStatus: verificationStatus('confirmed'),
    type: 'allergy',
    ...(drugOnly ? { category: ['medication' as const] } : {}),
    code: { coding: [{ system: SNOMED, code, display }], text },
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
