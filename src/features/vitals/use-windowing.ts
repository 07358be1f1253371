// Hand-written windowing for fixed-height rows: only the rows in view plus a margin are rendered,
// so a 5,000-reading history costs a few dozen DOM rows however far the user scrolls.
import { useState, type UIEvent } from 'react'
import { useElementSize } from './use-element-size.ts'

export interface WindowRange {
  first: number
  last: number
}

/** Rows [first, last) to render for a scroll position; pure so it can be tested on its own. */
export function visibleRange(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan: number): WindowRange {
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const first = Math.min(top, Math.max(0, count - 1))
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan)
  return { first, last: Math.max(first, last) }
}

export function useWindowing(count: number, rowHeight: number, viewport: number, overscan = 6) {
  const [scrollTop, setScrollTop] = useState(0)
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 0, height: viewport })
  const range = visibleRange(count, rowHeight, scrollTop, size.height, overscan)
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)
  return { ref, onScroll, ...range }
}
