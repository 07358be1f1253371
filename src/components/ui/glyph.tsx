// Icons come from one SVG set (lucide) and are drawn at text size. They are decoration: the words next
// to each one carry the meaning, so screen readers skip them and colour is never the only signal.
import type { LucideIcon } from 'lucide-react'

export function Glyph({ icon: Icon, className = '' }: { icon: LucideIcon; className?: string }) {
  return <Icon aria-hidden="true" focusable="false" size="1em" strokeWidth={2.25} data-glyph="" className={`inline-block shrink-0 align-[-0.125em] ${className}`} />
}
