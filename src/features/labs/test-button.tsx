import type { LabGroup } from './lab-groups.ts'

export interface TestButtonProps {
  group: LabGroup
  name: string
  /** The source's own name, when `name` is a shorter one: kept within reach on hover. */
  fullName?: string
  selected?: string
  onSelect: (key: string) => void
  /** Lets the panel put focus back on the button when the trend closes. */
  register: (key: string, el: HTMLButtonElement | null) => void
}

/** The test name as a button that opens (or closes) its trend. */
export function TestButton({ group, name, fullName, selected, onSelect, register }: TestButtonProps) {
  const open = selected === group.key
  return (
    <button
      type="button"
      ref={(el) => register(group.key, el)}
      aria-expanded={open}
      {...(open && { 'aria-controls': 'lab-trend-title' })}
      onClick={() => onSelect(group.key)}
      title={fullName}
      className="text-left font-semibold text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-300"
    >
      {name}
    </button>
  )
}
