// The rendered size of an element, for drawing SVG at real pixels (markers stay round at any width)
// and for knowing how many list rows fit. Test DOMs have no layout, so a fallback size is used.
import { useCallback, useState } from 'react'

export function useElementSize<T extends HTMLElement>(fallback: { width: number; height: number }) {
  const [size, setSize] = useState(fallback)
  const ref = useCallback(
    (el: T | null) => {
      if (!el) return
      const measure = () => {
        const width = el.clientWidth || fallback.width
        const height = el.clientHeight || fallback.height
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
      }
      measure()
      if (typeof ResizeObserver === 'undefined') return
      const observer = new ResizeObserver(measure)
      observer.observe(el)
      return () => observer.disconnect()
    },
    [fallback.width, fallback.height],
  )
  return [ref, size] as const
}
