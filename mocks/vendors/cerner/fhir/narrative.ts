// Millennium generates a narrative for every resource: a bold title, then "<b>Label</b>: value"
// paragraphs. Clients should never parse it, but it must be there and be valid XHTML.
import type { Narrative } from 'fhir/r4'
import { escapeHtml } from '../../../core/http.ts'

/** A labelled line, or raw markup already escaped (component lists). */
export type NarrativeLine = [label: string, value: string | undefined] | { html: string }

export function narrative(title: string, lines: NarrativeLine[]): Narrative {
  const body = lines
    .map((l) => {
      if (!Array.isArray(l)) return l.html
      const [label, value] = l
      return value === undefined ? '' : `<p><b>${escapeHtml(label)}</b>: ${escapeHtml(value)}</p>`
    })
    .join('')
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>${escapeHtml(title)}</b></p>${body}</div>`,
  }
}

/** `<dl>` of sub-results, as Cerner prints blood-pressure components. */
export function definitionList(items: [term: string, result: string][]): string {
  const inner = items.map(([t, r]) => `<dt>${escapeHtml(t)}</dt><dd><b>Result</b>: ${escapeHtml(r)}</dd>`).join('')
  return `<dl>${inner}</dl>`
}

/** "entered-in-error" → "Entered In Error", as the narrative prints statuses. */
export function titleCase(s: string): string {
  return s
    .trim()
    .split(/[-\s]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}
