// RxNorm names ("lisinopril 10 MG Oral Tablet") are written for pharmacy systems: units in capitals,
// dose forms in title case. Patients read "Lisinopril 10 mg oral tablet". Only words from RxNorm's own
// unit and dose-form vocabulary are changed; a brand in brackets ("[Lipitor]") and any word the lists do
// not know stay exactly as sent, so an unusual name is never garbled.
import type { ViewMode } from '../../app/view-mode.tsx'

const UNITS: Record<string, string> = {
  MG: 'mg', MCG: 'mcg', ML: 'mL', MEQ: 'mEq', UNT: 'units', HR: 'hr', ACTUAT: 'actuation', GM: 'g',
}

const FORM_WORDS = new Set([
  'Oral', 'Tablet', 'Tablets', 'Capsule', 'Capsules', 'Solution', 'Suspension', 'Injection', 'Injectable', 'Topical',
  'Cream', 'Ointment', 'Inhalation', 'Inhalant', 'Powder', 'Spray', 'Nasal', 'Ophthalmic', 'Otic', 'Drops', 'Extended',
  'Release', 'Delayed', 'Chewable', 'Disintegrating', 'Film', 'Coated', 'Transdermal', 'Patch', 'Prefilled', 'Syringe',
  'Pen', 'Injector', 'Auto-Injector', 'Metered', 'Dose', 'Inhaler', 'Sublingual', 'Rectal', 'Suppository', 'Vaginal',
  'Gel', 'Lotion', 'Foam', 'Shampoo', 'Lozenge', 'Granules', 'Packet', 'Pack', 'Kit', 'Product', 'Enteric', 'Buccal',
  'Mucosal', 'Medicated', 'Pad', 'Emulsion', 'Elixir', 'Syrup', 'Liquid', 'Concentrate', 'Dry', 'For',
])

function plainUnit(token: string): string | undefined {
  const parts = token.split('/')
  const plain = parts.map((p) => UNITS[p])
  return plain.every((p) => p !== undefined) ? plain.join('/') : undefined
}

function plainWord(word: string): string {
  if (FORM_WORDS.has(word)) return word.toLowerCase()
  return plainUnit(word) ?? word
}

/** Patients read the plain form of an RxNorm name; clinicians the name as the server sent it. */
export function medicationNameFor(name: string, mode: ViewMode): string {
  return mode === 'patient' ? plainMedicationName(name) : name
}

/** The RxNorm-style name in the words a patient reads; names not in that style come back unchanged. */
export function plainMedicationName(name: string): string {
  // Only the text before a bracketed brand is RxNorm vocabulary; the brand is kept as written.
  const bracket = name.indexOf('[')
  const head = bracket < 0 ? name : name.slice(0, bracket)
  const tail = bracket < 0 ? '' : name.slice(bracket)
  const words = head.split(' ').map(plainWord).join(' ')
  const first = words.charAt(0)
  // An ingredient in lower case starts the sentence; a name that starts otherwise (a brand, a digit) is left.
  const cased = first >= 'a' && first <= 'z' ? first.toUpperCase() + words.slice(1) : words
  return cased + tail
}
