// /app and /callback show the chart, whose code the entry asks for only once it has downloaded and run:
// on a phone that is a second trip for about 55 kB after the first. The build therefore also writes
// app.html, which is index.html plus modulepreload links for the chart chunk and the chunks it imports,
// and the servers send it on those two routes (server/pages.ts). The start page keeps index.html and
// never downloads the chart.
import type { Plugin } from 'vite'
import { CHART_PAGE } from '../server/pages.ts'
import { staticClosure } from './chart-chunk.ts'

interface ChunkLike {
  type: 'chunk' | 'asset'
  fileName: string
  isEntry?: boolean
  imports?: readonly string[]
  moduleIds?: readonly string[]
  source?: string | Uint8Array
}

/** The chunks `roots` load: themselves and every chunk they import statically. */
const closure = (bundle: Record<string, ChunkLike>, roots: readonly string[]) =>
  staticClosure(roots, (file) => (bundle[file]?.type === 'chunk' ? { importedIds: bundle[file].imports ?? [] } : null))

/** The chunk holding the module ending in `moduleSuffix` and all it imports statically, minus what the entry already loads. */
export function chartPreloads(bundle: Record<string, ChunkLike>, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
  const chart = chunks.find((c) => c.moduleIds?.some((id) => id.endsWith(moduleSuffix)))
  if (!chart) return []
  const loaded = closure(
    bundle,
    chunks.filter((c) => c.isEntry).map((c) => c.fileName),
  )
  return [...closure(bundle, [chart.fileName])].filter((file) => !loaded.has(file)).sort((a, b) => (a === chart.fileName ? -1 : b === chart.fileName ? 1 : a.localeCompare(b)))
}

/** `html` with a modulepreload link per file, as Vite writes its own, at the end of the head. */
export function withModulePreloads(html: string, files: readonly string[], base = '/'): string {
  if (!html.includes('</head>')) throw new Error('index.html has no </head> to add the chart preloads to')
  const links = files.map((file) => `  <link rel="modulepreload" crossorigin href="${base}${file}">\n  `).join('')
  return html.replace('</head>', `${links}</head>`)
}

export function chartPage(moduleSuffix: string): Plugin {
  let base = '/'
  return {
    name: 'chart-page',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    generateBundle(_options, output) {
      const bundle = output as unknown as Record<string, ChunkLike>
      const index = bundle['index.html']
      if (index?.type !== 'asset') return
      const files = chartPreloads(bundle, moduleSuffix)
      if (!files.length) this.error(`chart-page: no chunk holds ${moduleSuffix}`)
      const html = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source)
      this.emitFile({ type: 'asset', fileName: CHART_PAGE, source: withModulePreloads(html, files, base) })
    },
  }
}
