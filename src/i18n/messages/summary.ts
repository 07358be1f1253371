// Strings for the summary section. Spanish must provide every key.
export const en = {} as const

export const es: Record<keyof typeof en, string> = {}
