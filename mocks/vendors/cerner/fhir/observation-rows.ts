// Searchable index of a patient's Observations. Facts are generated once per patient and kept; only
// the page being returned is rendered, which keeps the ≥5,000-vital patient fast to page through.
import type { Observation } from 'fhir/r4'
import type { SyntheticPatient } from '../../../data/types.ts'
import { codeSet, LOINC } from './ids.ts'
import { measureCategories, measureCodes, measureId, renderMeasure } from './measures.ts'
import { labId, renderLab, renderVital, vitalId } from './observation.ts'
import { addMinutes } from './time.ts'
import { BP_PANEL, VITAL_CODES } from './vital-codes.ts'

export interface ObservationRow {
  id: string
  patient: SyntheticPatient
  /** Every `Observation.category` code; a therapy duration is vital-signs, procedure and therapy at once. */
  categories: string[]
  /** `Observation.code` codings only (never components), as `system|code`. */
  codes: string[]
  effective: number
  lastUpdated: number
  enteredInError: boolean
  /** `masked`: patient persona viewing an entered-in-error result. */
  render(masked: boolean): Observation
}

const cache = new Map<string, ObservationRow[]>()

function build(p: SyntheticPatient): ObservationRow[] {
  const pid = p.ids.cerner
  const labs: ObservationRow[] = p.labs().map((f) => ({
    id: labId(f),
    patient: p,
    categories: ['laboratory'],
    codes: [`${codeSet(72)}|${f.localCode}`, `${LOINC}|${f.loinc}`],
    effective: Date.parse(f.effective),
    lastUpdated: addMinutes(f.effective, 63).getTime(),
    enteredInError: f.status === 'entered-in-error',
    render: (masked) => renderLab(f, pid, masked),
  }))
  const vitals: ObservationRow[] = p.vitals().map((f) => ({
    id: vitalId(f),
    patient: p,
    categories: ['vital-signs'],
    codes:
      f.kind === 'bp'
        ? [`${LOINC}|${BP_PANEL.code}`]
        : [`${codeSet(72)}|${VITAL_CODES[f.kind].eventCode}`, ...VITAL_CODES[f.kind].loinc.map((l) => `${LOINC}|${l.code}`)],
    effective: Date.parse(f.effective),
    lastUpdated: addMinutes(f.effective, 2).getTime(),
    enteredInError: false,
    render: () => renderVital(f, pid),
  }))
  const measures: ObservationRow[] = (p.measures?.() ?? []).map((f) => ({
    id: measureId(f),
    patient: p,
    categories: measureCategories(f),
    codes: measureCodes(f),
    effective: Date.parse(f.effective),
    lastUpdated: Date.parse(f.effective),
    enteredInError: false,
    render: () => renderMeasure(f, pid),
  }))
  // Millennium sorts by effective date, newest first; ids break ties so paging is stable.
  return [...labs, ...vitals, ...measures].sort((a, b) => b.effective - a.effective || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export function observationRows(p: SyntheticPatient): ObservationRow[] {
  let rows = cache.get(p.key)
  if (!rows) {
    rows = build(p)
    cache.set(p.key, rows)
  }
  return rows
}
