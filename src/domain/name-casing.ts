// Allergen names arrive in capitals from one allergen master file ("PENICILLINS") and in lower case
// from free-text entry ("peanut"). Shouting reads as alarm and lower case as a typo, so names written
// wholly in one case are shown in sentence case. A name in mixed case was typed that way on purpose
// and is left alone.

/**
 * Tokens that stay in capitals: abbreviations people know in that form. Keys are lower case; the
 * value is how the token is written ("NSAIDs" keeps its plural small).
 */
const KEEP: ReadonlyMap<string, string> = new Map([
  ['ace', 'ACE'], ['arb', 'ARB'], ['arbs', 'ARBs'], ['asa', 'ASA'], ['nsaid', 'NSAID'], ['nsaids', 'NSAIDs'],
  ['iv', 'IV'], ['im', 'IM'], ['ssri', 'SSRI'], ['ssris', 'SSRIs'], ['maoi', 'MAOI'], ['maois', 'MAOIs'],
  ['hctz', 'HCTZ'], ['tmp', 'TMP'], ['smx', 'SMX'], ['pcn', 'PCN'], ['msg', 'MSG'], ['peg', 'PEG'],
  ['edta', 'EDTA'], ['ct', 'CT'], ['mri', 'MRI'], ['hiv', 'HIV'], ['acth', 'ACTH'], ['dtap', 'DTaP'],
  ['tdap', 'Tdap'], ['mmr', 'MMR'], ['bcg', 'BCG'], ['otc', 'OTC'], ['uv', 'UV'], ['ige', 'IgE'],
  // "No known (drug, food, medication) allergies", as charted.
  ['nka', 'NKA'], ['nkda', 'NKDA'], ['nkfa', 'NKFA'], ['nkma', 'NKMA'],
])

const WORD = /[A-Za-z][A-Za-z0-9]*/g

function hasLetters(s: string): boolean {
  return /[A-Za-z]/.test(s)
}

/** True when every letter has the same case: the sign of a system, not a person, choosing it. */
function singleCase(s: string): boolean {
  return hasLetters(s) && (s === s.toUpperCase() || s === s.toLowerCase())
}

/**
 * The name as a person would write it: sentence case, known abbreviations in capitals, and tokens
 * with digits ("B12", "D3") as sent. Returns the input unchanged when it is already in mixed case.
 */
export function sentenceCaseName(name: string): string {
  if (!singleCase(name)) return name
  let first = true
  return name.replace(WORD, (token) => {
    const kept = KEEP.get(token.toLowerCase())
    const isFirst = first
    first = false
    if (kept) return kept
    if (/\d/.test(token)) return token.toUpperCase()
    const lower = token.toLowerCase()
    return isFirst ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
  })
}
