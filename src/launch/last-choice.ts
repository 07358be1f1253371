// The health system last chosen on this device, so a returning patient does not search again. Only the
// choice (a public directory entry: name and FHIR base), never tokens or anything about the patient.
// One of two localStorage users in src/ (with the language choice); eslint.config.js names both.

const KEY = 'chart-lens:last-health-system'

export interface LastChoice {
  name: string
  fhirBase: string
}

export function loadLastChoice(): LastChoice | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LastChoice> | null
    return typeof v?.name === 'string' && typeof v.fhirBase === 'string' ? { name: v.name, fhirBase: v.fhirBase } : undefined
  } catch {
    return undefined
  }
}

export function saveLastChoice(choice: LastChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ name: choice.name, fhirBase: choice.fhirBase }))
  } catch {
    // Storage may be blocked or full; remembering is a convenience only.
  }
}
