import { describe, expect, it } from 'vitest'
import { chartPreloads, withModulePreloads } from './chart-page.ts'

// index.js (entry) → runtime; chart (holds chart-entry.tsx) → runtime, query, launch → storage;
// authorize (lazy sign-in) → launch; a lazy section → chart.
const bundle = {
  'index.html': { type: 'asset' as const, fileName: 'index.html', source: '' },
  'assets/index.js': { type: 'chunk' as const, fileName: 'assets/index.js', isEntry: true, imports: ['assets/runtime.js'], moduleIds: ['/src/main.tsx'] },
  'assets/runtime.js': { type: 'chunk' as const, fileName: 'assets/runtime.js', imports: [], moduleIds: [] },
  'assets/chart.js': {
    type: 'chunk' as const,
    fileName: 'assets/chart.js',
    imports: ['assets/runtime.js', 'assets/query.js', 'assets/launch.js'],
    moduleIds: ['/src/app/session-page.tsx', '/src/app/chart-entry.tsx'],
  },
  'assets/query.js': { type: 'chunk' as const, fileName: 'assets/query.js', imports: [], moduleIds: ['/q.ts'] },
  'assets/launch.js': { type: 'chunk' as const, fileName: 'assets/launch.js', imports: ['assets/storage.js'], moduleIds: ['/l.ts'] },
  'assets/storage.js': { type: 'chunk' as const, fileName: 'assets/storage.js', imports: [], moduleIds: ['/s.ts'] },
  'assets/authorize.js': { type: 'chunk' as const, fileName: 'assets/authorize.js', imports: ['assets/launch.js'], moduleIds: ['/src/launch/authorize.ts'] },
  'assets/labs.js': { type: 'chunk' as const, fileName: 'assets/labs.js', imports: ['assets/chart.js'], moduleIds: ['/src/features/labs/panel.tsx'] },
}

describe('the chart page', () => {
  it('preloads the chart chunk first, then everything it imports that the entry does not already load', () => {
    expect(chartPreloads(bundle, 'src/app/chart-entry.tsx')).toEqual(['assets/chart.js', 'assets/launch.js', 'assets/query.js', 'assets/storage.js'])
  })

  it('preloads nothing when no chunk holds the chart entry', () => {
    expect(chartPreloads(bundle, 'src/app/elsewhere.tsx')).toEqual([])
  })

  it('adds one modulepreload per file at the end of the head, under the base path', () => {
    const html = '<html><head><script type="module" src="/app/assets/index.js"></script></head><body></body></html>'
    const out = withModulePreloads(html, ['assets/chart.js', 'assets/launch.js'], '/app/')
    expect(out.match(/<link rel="modulepreload" crossorigin href="\/app\/assets\/(chart|launch)\.js">/g)).toHaveLength(2)
    expect(out.indexOf('chart.js')).toBeLessThan(out.indexOf('launch.js'))
    expect(out.indexOf('launch.js')).toBeLessThan(out.indexOf('</head>'))
    const squeeze = (s: string) => s.replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/\s+/g, '')
    expect(squeeze(out)).toBe(squeeze(html))
  })

  it('refuses a page without a head rather than writing one that preloads nothing', () => {
    expect(() => withModulePreloads('<p>hi</p>', ['assets/chart.js'])).toThrow(/no <\/head>/)
  })
})
