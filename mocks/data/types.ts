// Vendor-neutral clinical facts. Each vendor personality renders these into its own
// FHIR shapes, so the same person means the same thing in both sandboxes.

export type Sex = 'female' | 'male'
export type Interpretation = 'N' | 'H' | 'L' | 'HH' | 'LL' | 'A'

export interface PersonName {
  given: string[]
  family: string
  /** "Sr.", "II": kept apart from the family name, as both vendors send it. */
  suffix?: string[]
}

export interface Address {
  line: string[]
  city: string
  state: string
  postalCode: string
}

export interface Contact {
  relationship: 'mother' | 'father' | 'spouse' | 'emergency'
  name: PersonName
  phone: string
  /** The day this person stopped being a contact (Millennium keeps ended contacts with `period.end`). */
  ended?: string
}

/** Extra phone numbers; Millennium ranks several of them alike, so `use` decides which is primary. */
export interface OtherPhone {
  value: string
  use: 'temp' | 'old' | 'mobile' | 'work'
}

/**
 * Growth and therapy measures Millennium files under vital signs: percentiles and Z-scores (some
 * without unit or LOINC), a therapy duration in "minutes" with several categories, and a blood
 * pressure whose diastolic component was not obtained.
 */
export type MeasureKind =
  | 'weight-percentile'
  | 'weight-z'
  | 'height-percentile'
  | 'height-z'
  | 'bmi-percentile'
  | 'bmi-z'
  | 'therapy-minutes'
  | 'bp-no-diastolic'

export interface MeasureFact {
  key: string
  kind: MeasureKind
  effective: string
  value: number
}

export interface LabFact {
  /** Stable across vendors; each vendor derives its own resource id from it. */
  key: string
  loinc: string
  display: string
  /** Local lab code, rendered as the vendor's proprietary coding. */
  localCode: string
  value: number | string
  /** UCUM code; absent for unitless results. */
  ucum?: string
  /** What a lab system prints, e.g. "mcmol/L" where UCUM says "umol/L". */
  unitDisplay?: string
  low?: number
  high?: number
  rangeText?: string
  /**
   * The unit of low/high when it is not the result's: a result filed in the wrong unit (potassium in
   * g/dL) still prints the analyte's usual range in its usual unit.
   */
  rangeUnit?: { ucum: string; unitDisplay?: string }
  interpretation?: Interpretation
  effective: string
  status: 'final' | 'preliminary' | 'corrected' | 'entered-in-error'
}

export type VitalKind =
  | 'bp'
  | 'heart-rate'
  | 'resp-rate'
  | 'temperature'
  | 'weight'
  | 'height'
  | 'bmi'
  | 'spo2'

export interface VitalFact {
  key: string
  kind: VitalKind
  effective: string
  /** Metric/UCUM value: mm[Hg], /min, Cel, kg, cm, kg/m2, %. For bp use systolic/diastolic. */
  value?: number
  systolic?: number
  diastolic?: number
}

export interface Ingredient {
  rxnorm: string
  name: string
  strength: string
}

export interface MedicationFact {
  key: string
  rxnorm: string
  name: string
  /** Compounds and IV mixtures; Cerner contains them, Epic references a Medication. */
  ingredients?: Ingredient[]
  form?: string
  status: 'active' | 'stopped' | 'completed' | 'on-hold'
  /** Home/patient-reported medication (not prescribed here). */
  reported: boolean
  dosageText: string
  patientInstruction?: string
  asNeeded?: string
  route: 'oral' | 'intravenous' | 'topical' | 'inhaled' | 'subcutaneous'
  authoredOn: string
  start?: string
  end?: string
  /** Key of a clinician in clinicians.ts; absent for reported meds. */
  prescriberKey?: string
}

/** Extra allergen codings (Epic sends up to ~40 per allergen, in its own order). */
export interface AllergenCoding {
  system: 'rxnorm' | 'snomed' | 'unii' | 'ndfrt'
  code: string
  display: string
}

export interface ReactionFact {
  manifestation: string
  /** SNOMED code when the manifestation is coded. */
  snomed?: string
  severity?: 'mild' | 'moderate' | 'severe'
}

export interface AllergyFact {
  key: string
  substance: string
  code?: { system: 'rxnorm' | 'snomed' | 'unii'; code: string }
  category: 'food' | 'medication' | 'environment' | 'biologic'
  criticality?: 'low' | 'high' | 'unable-to-assess'
  clinicalStatus: 'active' | 'inactive' | 'resolved'
  verificationStatus: 'confirmed' | 'unconfirmed' | 'refuted' | 'entered-in-error'
  reactions: ReactionFact[]
  onset?: string
  recorded: string
  /** All codings in vendor order; when present it replaces `code` in Epic's rendering. */
  codings?: AllergenCoding[]
  note?: string
}

/**
 * "none-known": the patient was asked and has no known allergies.
 * "not-asked": nobody recorded anything.
 */
export type AllergyRecord =
  | { kind: 'list'; items: AllergyFact[] }
  | { kind: 'none-known'; recorded: string; drugOnly?: boolean }
  | { kind: 'not-asked' }

export interface SyntheticPatient {
  key: string
  ids: { epic: string; cerner: string }
  /** Epic also exposes a DSTU2 id that differs from the R4 id. */
  epicDstu2Id: string
  mrn: string
  name: PersonName
  sex: Sex
  birthDate: string
  phone: string
  email?: string
  address: Address
  language: 'en' | 'es'
  contacts: Contact[]
  otherPhones?: OtherPhone[]
  labs: () => LabFact[]
  vitals: () => VitalFact[]
  /** Cerner-only extras in vital-signs searches (Epic files growth charts elsewhere). */
  measures?: () => MeasureFact[]
  medications: MedicationFact[]
  allergies: AllergyRecord
}

export interface Clinician {
  key: string
  ids: { epic: string; cerner: string }
  name: PersonName
  /** Sign-in name on the sandbox's clinician login page and in the EHR simulator. */
  username: string
  role: 'physician' | 'nurse'
}

export interface PatientLogin {
  username: string
  password: string
  /** Patient keys this login may open; more than one shows a record chooser where the vendor has one. */
  patientKeys: string[]
  /** The person who signs in: a patient key, or a RelatedPerson acting for patientKeys. */
  self?: string
  relatedPerson?: { ids: { epic: string; cerner: string }; name: PersonName }
}
