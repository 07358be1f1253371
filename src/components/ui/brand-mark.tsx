// The product's mark, drawn here rather than taken from the icon set: a lens over a pulse line in the
// brand tile, and the name beside it. Inline SVG, so the start page pays no icon library for it.
import { APP_NAME } from '../../app/app-name.ts'

export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const tile = size === 'lg' ? 'h-9 w-9' : 'h-6 w-6'
  return (
    <span className="inline-flex items-center gap-2 font-semibold">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={`brand-tile rounded-lg ${tile}`}>
        <circle cx="10.5" cy="10.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M6 10.5h2.2l1.3-2.5 2 5 1.3-2.5H15M14.6 14.6 19 19" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {APP_NAME}
    </span>
  )
}
