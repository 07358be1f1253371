// Some servers send a calendar day as midnight UTC ("1994-06-01T00:00:00Z"). Formatted in a
// US time zone that would read as the day before, so such values are shown as the bare day.
const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?(?:Z|\+00:00)$/

export function calendarDay(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined
  return MIDNIGHT_UTC.exec(iso)?.[1] ?? iso
}
