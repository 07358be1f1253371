// Some servers append order-entry details to the sig text ("…daily., Starting Tue 11/12/2024, Normal").
// What they look like is vendor knowledge and lives with the adapters; the domain only knows the shape
// of what a parser returns, and records in provenance that the text was cut.
export interface SigTrailer {
  /** The instruction without the trailer. */
  text: string
  /** Start date (YYYY-MM-DD) the trailer gave. */
  start?: string
  /** End date (YYYY-MM-DD) the trailer gave. */
  end?: string
  /** The trailer marks a medication the patient reported rather than one ordered here. */
  reported?: boolean
}

/** Undefined when the text carries no trailer the parser knows. */
export type SigTrailerParser = (text: string) => SigTrailer | undefined
