// Epic writes the order's details after the sig in dosageInstruction.text, comma-separated:
// "Inject 0.5 mL under the skin 1 (one) time for 1 dose., Starting Tue 5/28/2019, Normal" (vendors.md,
// MedicationRequest), "…, Starting Tue 11/12/2024, Until Wed 1/1/2025, Normal", and "…, Historical Med"
// for a medication the patient reported. The last part is the order class. Only a trailer made
// entirely of these parts is cut, so a sig that merely contains ", Normal" keeps its words.
import type { SigTrailer, SigTrailerParser } from '../../domain/sig-trailer.ts'

// Epic's order classes as they appear in sig trailers; "Historical Med" marks a reported medication.
const ORDER_CLASSES = ['Normal', 'Historical Med', 'Print', 'E-Prescribe', 'Phone In', 'No Print', 'Fax', 'OTC', 'Sample', 'Mail Order', 'Clinic Administered']
const REPORTED = 'Historical Med'
const DATED = /^(Starting|Until) (?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (\d{1,2})\/(\d{1,2})\/(\d{4})$/

function isoDate(m: string, d: string, y: string): string | undefined {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso
}

export const epicSigTrailer: SigTrailerParser = (text) => {
  const parts = text.split(', ')
  const found: Omit<SigTrailer, 'text'> = {}
  let cut = parts.length
  // Walk back from the end while the parts are trailer parts: at most one order class, last.
  if (parts.length > 1 && ORDER_CLASSES.includes(parts[cut - 1]!)) {
    if (parts[cut - 1] === REPORTED) found.reported = true
    cut--
  }
  while (cut > 1) {
    const m = DATED.exec(parts[cut - 1]!)
    const date = m && isoDate(m[2]!, m[3]!, m[4]!)
    if (!m || !date) break
    if (m[1] === 'Starting') found.start = date
    else found.end = date
    cut--
  }
  if (cut === parts.length) return undefined
  // An empty rest (", Historical Med" alone) is a sig with no instruction in it.
  return { text: parts.slice(0, cut).join(', ').trim(), ...found }
}
