// UCUM codes are exact but not readable ("10*3/uL", "m[IU]/L"), and each source prints its own
// display ("K/uL", "mcmol/L"). Showing one readable form per UCUM code keeps the same unit looking
// the same whichever system sent it.
const READABLE: Record<string, string> = {
  '10*3/uL': '×10³/µL',
  '10*6/uL': '×10⁶/µL',
  '10*9/L': '×10⁹/L',
  'm[IU]/L': 'mIU/L',
  '[IU]/L': 'IU/L',
  'u[IU]/mL': 'µIU/mL',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'umol/L': 'µmol/L',
  'ug/dL': 'µg/dL',
  'ug/L': 'µg/L',
  'uL': 'µL',
  'mm[Hg]': 'mmHg',
  'Cel': '°C',
  '[degF]': '°F',
  '[lb_av]': 'lb',
  '[in_i]': 'in',
  'kg/m2': 'kg/m²',
  '/min': '/min',
  '{beats}/min': '/min',
}

export function unitLabel(unit: string | undefined, display?: string): string {
  if (unit === undefined) return display ?? ''
  return READABLE[unit] ?? unit
}
