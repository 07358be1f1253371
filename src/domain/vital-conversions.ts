// Unit conversions for vital signs, by UCUM code: the patient's second unit, chart axes, and the
// comparison of a reading with a usual range given in another unit.

/** Exact conversions (NIST definitions), from → to. */
export const CONVERSIONS: Record<string, Record<string, (v: number) => number>> = {
  Cel: { '[degF]': (c) => (c * 9) / 5 + 32 },
  '[degF]': { Cel: (f) => ((f - 32) * 5) / 9 },
  kg: { '[lb_av]': (kg) => kg / 0.45359237, g: (kg) => kg * 1000 },
  '[lb_av]': { kg: (lb) => lb * 0.45359237 },
  g: { kg: (g) => g / 1000 },
  cm: { '[in_i]': (cm) => cm / 2.54, m: (cm) => cm / 100 },
  '[in_i]': { cm: (inch) => inch * 2.54 },
  m: { cm: (m) => m * 100 },
  '{beats}/min': { '/min': (v) => v },
  '{breaths}/min': { '/min': (v) => v },
}
