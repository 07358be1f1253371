import { en, es } from './messages/start.ts'
import { useText } from './text.ts'

const CATALOGS = { en, es }

export const useStartText = () => useText(CATALOGS)
