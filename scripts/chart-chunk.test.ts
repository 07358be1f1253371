import { describe, expect, it } from 'vitest'
import { chartModules, staticClosure } from './chart-chunk.ts'

// main → start-page → ui; main ⇢ chart (lazy) → shell → ui, shell → summary → domain;
// authorize (lazy sign-in) → fhirclient, and the chart reads fhirclient's session too.
const graph: Record<string, string[]> = {
  main: ['start-page'],
  'start-page': ['ui'],
  ui: [],
  chart: ['shell', 'fhirclient'],
  shell: ['ui', 'summary'],
  summary: ['domain'],
  domain: [],
  authorize: ['fhirclient'],
  fhirclient: [],
}
const infoOf = (id: string) => (id in graph ? { importedIds: graph[id] } : null)

describe('the chart chunk', () => {
  it('follows static imports, each module once, and skips ids the graph does not know', () => {
    expect([...staticClosure(['chart', 'missing'], infoOf)].sort()).toEqual(['chart', 'domain', 'fhirclient', 'shell', 'summary', 'ui'])
  })

  it('holds what only the chart reaches: nothing the start page or the sign-in code also needs', () => {
    expect([...chartModules('chart', ['main', 'authorize'], infoOf)].sort()).toEqual(['chart', 'domain', 'shell', 'summary'])
  })
})
