// Age from a FHIR birth date. Pure: "today" is always passed in, so tests and the UI agree.

export interface Age {
  years: number
  /** Whole months in total, for infants and children. */
  months: number
}

export function ageOn(birthDate: string | undefined, today: Date): Age | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '')
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [ty, tm, td] = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
  if (Number.isNaN(ty)) return undefined
  let months = (ty - y) * 12 + (tm - mo)
  if (td < d) months -= 1
  if (months < 0) return undefined
  return { years: Math.floor(months / 12), months }
}
