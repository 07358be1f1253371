// "Now" for views that compare dates with today. It comes from context so tests can fix it and give
// the same answer whatever the wall clock says; the app itself uses the real clock.
import { createContext, useContext } from 'react'

export const NowContext = createContext<() => Date>(() => new Date())

export function useNow(): () => Date {
  return useContext(NowContext)
}
