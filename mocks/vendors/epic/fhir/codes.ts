// System URIs and OIDs exactly as Epic emits them; clients match on these strings.

export const EPIC_OID = 'urn:oid:1.2.840.114350.1.13.0.1.7'

/** Epic's own OperationOutcome code set (4101, 4118, 4119, 59008, 59108, …). */
export const OUTCOME_SYSTEM = `${EPIC_OID}.2.657369`

export const SYS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  unii: 'urn:oid:2.16.840.1.113883.4.9',
  ucum: 'http://unitsofmeasure.org',
  obsCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  medRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  doseRateType: 'http://epic.com/CodeSystem/dose-rate-type',
  bcp47: 'urn:ietf:bcp:47',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  ombRace: 'urn:oid:2.16.840.1.113883.6.238',
  /** Epic tags vitals with a second LOINC-valued coding under this (Finnish THL) OID. */
  thlLoinc: 'urn:oid:1.2.246.537.6.96',
  /** Epic's patient-dstu2 / patient-fhir-id identifier systems. */
  dstu2Id: 'http://open.epic.com/FHIR/StructureDefinition/patient-dstu2-fhir-id',
  fhirId: 'http://open.epic.com/FHIR/StructureDefinition/patient-fhir-id',
  flowsheetId: 'http://open.epic.com/FHIR/StructureDefinition/observation-flowsheet-id',
} as const

export const EPIC = {
  labCategory: `${EPIC_OID}.10.798268.30`,
  labCode: `${EPIC_OID}.2.768282`,
  flowsheetRow: `${EPIC_OID}.2.707679`,
  sex: `${EPIC_OID}.10.698084.130.657370.19999000`,
  mrn: `${EPIC_OID}.5.737384.14`,
  epicId: `${EPIC_OID}.5.737384.0`,
  ceid: `${EPIC_OID}.3.688884.100`,
  internal: `${EPIC_OID}.2.698084`,
  myChart: `${EPIC_OID}.3.878082.110`,
  orderNumber: `${EPIC_OID}.2.798268`,
  route: `${EPIC_OID}.4.798268.7025`,
  drug: `${EPIC_OID}.2.698288`,
  drugForm: `${EPIC_OID}.4.698288.310`,
} as const

export const EPIC_EXT = {
  legalSex: 'http://open.epic.com/FHIR/StructureDefinition/extension/legal-sex',
  clinicalSex: 'http://open.epic.com/FHIR/StructureDefinition/extension/sex-for-clinical-use',
  pronouns: 'http://open.epic.com/FHIR/StructureDefinition/extension/calculated-pronouns-to-use-for-text',
  race: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
  ethnicity: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity',
  usCoreSex: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-sex',
} as const
