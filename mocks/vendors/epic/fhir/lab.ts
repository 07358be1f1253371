// Lab results as Epic's Observation.Search (Labs) returns them: two category codings, LOINC plus
// Epic's local component code, and units exactly as the lab printed them (sometimes none at all).
import type { CodeableConcept, Observation, Quantity } from 'fhir/r4'
import type { Interpretation, LabFact, SyntheticPatient } from '../../../data/types.ts'
import { EPIC, SYS } from './codes.ts'
import { epicId } from './ids.ts'
import { encounterRef, performerRef, templateId } from './context.ts'
import { patientRef } from './patient.ts'

export const LAB_CATEGORY: CodeableConcept[] = [
  { coding: [{ system: SYS.obsCategory, code: 'laboratory', display: 'Laboratory' }], text: 'Laboratory' },
  { coding: [{ system: EPIC.labCategory, code: 'Lab', display: 'Lab' }], text: 'Lab' },
]

const INTERPRETATIONS: Record<Interpretation, string> = {
  N: 'Normal',
  H: 'High',
  L: 'Low',
  HH: 'Critical high',
  LL: 'Critical low',
  A: 'Abnormal',
}

export function interpretation(code: Interpretation, withText = true): CodeableConcept[] {
  // Epic has no coded "normal": in-range results carry the literal text "(NONE)".
  if (code === 'N') return [{ text: '(NONE)' }]
  const display = INTERPRETATIONS[code]
  const coding = [{ system: SYS.interpretation, code, display }]
  return [withText ? { coding, text: display } : { coding }]
}

/** UCUM quantities carry unit = code; a printed non-UCUM unit comes alone; some labs have no unit. */
function quantity(f: LabFact, value: number): Quantity {
  const printed = f.unitDisplay
  if (f.ucum !== undefined && (printed === undefined || printed === f.ucum)) {
    return { value, unit: f.ucum, system: SYS.ucum, code: f.ucum }
  }
  return printed !== undefined ? { value, unit: printed } : { value }
}

/** The fact as its range sees it: in the range's own unit when that differs from the result's. */
function inRangeUnit(f: LabFact): LabFact {
  if (!f.rangeUnit) return f
  const { unitDisplay: _resultUnit, ...rest } = f
  return { ...rest, ucum: f.rangeUnit.ucum, ...(f.rangeUnit.unitDisplay !== undefined && { unitDisplay: f.rangeUnit.unitDisplay }) }
}

function rangeText(f: LabFact): string | undefined {
  if (f.rangeText) return f.rangeText
  if (f.low === undefined || f.high === undefined) return undefined
  const unit = f.unitDisplay ?? f.ucum
  const fmt = (n: number) => n.toFixed(2)
  return `${fmt(f.low)} - ${fmt(f.high)}${unit ? ' ' + unit : ''}`
}

function referenceRange(result: LabFact): Observation['referenceRange'] {
  const f = inRangeUnit(result)
  const text = rangeText(f)
  if (f.low === undefined && f.high === undefined && text === undefined) return undefined
  const range: NonNullable<Observation['referenceRange']>[number] = {}
  if (f.low !== undefined) range.low = quantity(f, f.low)
  if (f.high !== undefined) range.high = quantity(f, f.high)
  if (text !== undefined) range.text = text
  return [range]
}

/** Results are released some minutes after collection; Epic reports both instants. */
export function issuedAfter(effective: string, minutes: number): string {
  const t = Date.parse(effective)
  return Number.isNaN(t) ? effective : new Date(t + minutes * 60_000).toISOString().replace('.000Z', 'Z')
}

export function renderLab(p: SyntheticPatient, f: LabFact): Observation {
  const obs: Observation = {
    resourceType: 'Observation',
    id: epicId('Observation', f.key, 45),
    extension: [templateId(f.key, 'lab')],
    // Labs point at the order (ServiceRequest) and the specimen they were run on.
    basedOn: [{ reference: `ServiceRequest/${epicId('ServiceRequest', `${p.key}:${f.effective}`, 45)}`, type: 'ServiceRequest' }],
    status: f.status,
    category: LAB_CATEGORY,
    code: {
      coding: [
        { system: SYS.loinc, code: f.loinc, display: f.display },
        { system: EPIC.labCode, code: f.localCode, display: f.display },
      ],
      text: f.display,
    },
    subject: patientRef(p),
    encounter: encounterRef(p.key, f.effective),
    effectiveDateTime: f.effective,
    issued: issuedAfter(f.effective, 47),
    performer: performerRef(f.key),
  }
  if (typeof f.value === 'number') obs.valueQuantity = quantity(f, f.value)
  else obs.valueString = f.value
  // interpretation before referenceRange: FHIR XML is order-sensitive.
  if (f.interpretation) obs.interpretation = interpretation(f.interpretation)
  // FHIR XML order: specimen before referenceRange.
  obs.specimen = { reference: `Specimen/${epicId('Specimen', `${p.key}:${f.effective}`, 45)}`, display: 'Blood' }
  const range = referenceRange(f)
  if (range) obs.referenceRange = range
  return obs
}
