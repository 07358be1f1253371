// Cerner prints instants in several styles: `.000Z` on Patient/Observation, whole seconds on
// MedicationRequest/AllergyIntolerance, and a local offset on some `authoredOn` values.

export function isoMillis(at: string | Date): string {
  return new Date(at).toISOString()
}

export function isoSeconds(at: string | Date): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** `2016-05-04T05:25:50.000-05:00`: the same instant written in a fixed UTC offset (hours). */
export function withOffset(at: string | Date, offsetHours: number): string {
  const local = new Date(new Date(at).getTime() + offsetHours * 3_600_000).toISOString().slice(0, 23)
  const sign = offsetHours < 0 ? '-' : '+'
  const hh = String(Math.abs(Math.trunc(offsetHours))).padStart(2, '0')
  return `${local}${sign}${hh}:00`
}

export function addMinutes(at: string | Date, minutes: number): Date {
  return new Date(new Date(at).getTime() + minutes * 60_000)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Narrative dates look like `Jul  7, 2099  9:12 P.M. UTC` (space-padded day and hour). */
export function narrativeDate(at: string | Date): string {
  const d = new Date(at)
  const day = String(d.getUTCDate()).padStart(2, ' ')
  const h24 = d.getUTCHours()
  const h12 = String(h24 % 12 === 0 ? 12 : h24 % 12).padStart(2, ' ')
  const min = String(d.getUTCMinutes()).padStart(2, '0')
  return `${MONTHS[d.getUTCMonth()]} ${day}, ${d.getUTCFullYear()} ${h12}:${min} ${h24 < 12 ? 'A.M.' : 'P.M.'} UTC`
}
