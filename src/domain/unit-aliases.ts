// Printed units that labs and flowsheets use instead of UCUM, mapped to their UCUM code. Mapping
// time is synchronous, so this table covers the common cases; ucum-lhc (loaded lazily by units.ts)
// does the actual arithmetic. Note "K/uL" would parse as kelvin per microlitre: never guess.

const DISPLAY_TO_UCUM = new Map<string, string>([
  ['mcmol/L', 'umol/L'],
  ['µmol/L', 'umol/L'],
  ['K/uL', '10*3/uL'],
  ['K/µL', '10*3/uL'],
  ['x10E3/uL', '10*3/uL'],
  ['M/uL', '10*6/uL'],
  ['10*6/µL', '10*6/uL'],
  ['10*3/µL', '10*3/uL'],
  ['mIU/L', 'm[IU]/L'],
  ['uIU/mL', 'u[IU]/mL'],
  ['mL/min/1.73m2', 'mL/min/{1.73_m2}'],
  ['mcg/dL', 'ug/dL'],
  ['mcg/L', 'ug/L'],
  ['mEq/L', 'meq/L'],
  ['bpm', '/min'],
  ['beats/min', '/min'],
  ['br/min', '/min'],
  ['breaths/min', '/min'],
  ['mmHg', 'mm[Hg]'],
  ['kgm2', 'kg/m2'],
  ['kg/m^2', 'kg/m2'],
  ['degF', '[degF]'],
  ['°F', '[degF]'],
  ['degC', 'Cel'],
  ['°C', 'Cel'],
  ['lb', '[lb_av]'],
  ['lbs', '[lb_av]'],
  ['oz', '[oz_av]'],
  ['in', '[in_i]'],
])

/** UCUM codes common enough to trust when a vendor sends them as a bare `unit` without a system. */
const KNOWN_UCUM = new Set<string>([
  '%', '/min', 'Cel', '[degF]', 'kg', 'g', '[lb_av]', '[oz_av]', 'cm', 'm', '[in_i]', 'kg/m2', 'mm[Hg]',
  'mg/dL', 'g/dL', 'g/L', 'mmol/L', 'umol/L', 'meq/L', 'ug/dL', 'ug/L', 'ng/mL', 'pg/mL', 'U/L', 'm[IU]/L',
  'u[IU]/mL', '10*3/uL', '10*6/uL', 'mL/min/{1.73_m2}', 'fL', 'pg', 's', 'mg/L', 'mL', 'L',
])

export function ucumForDisplay(unit: string): string | undefined {
  return DISPLAY_TO_UCUM.get(unit.trim())
}

export function isKnownUcum(code: string): boolean {
  return KNOWN_UCUM.has(code.trim())
}
