// The production build fails when first-load JS grows past its budget. First-load JS is what the
// browser must fetch before the start page can run: the entry chunk and everything it imports
// statically (Vite preloads those). Lazy chunks do not count.
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * Gzipped kB: 150.7 kB before the start page was split from the chart, 88.2 kB after (2026-11-29); 90.3 kB
 * with the start page's language choice, its Spanish strings and the privacy/terms/support links
 * (2026-11-30), plus slack. The performance goal is 110 kB.
 */
export const FIRST_LOAD_BUDGET_KB = 92

interface ChunkLike {
  type: 'chunk' | 'asset'
  code?: string
  isEntry?: boolean
  imports?: string[]
}

/** Gzipped size in kB of each chunk the entry loads statically, entry first. */
export function firstLoadChunks(bundle: Record<string, ChunkLike>): Array<{ file: string; kb: number }> {
  const entry = Object.entries(bundle).find(([, c]) => c.type === 'chunk' && c.isEntry)
  if (!entry) return []
  const seen = new Set<string>()
  const queue = [entry[0]]
  const out: Array<{ file: string; kb: number }> = []
  while (queue.length) {
    const file = queue.shift() as string
    const chunk = bundle[file]
    if (seen.has(file) || chunk?.type !== 'chunk') continue
    seen.add(file)
    out.push({ file, kb: gzipSync(chunk.code ?? '').length / 1000 })
    queue.push(...(chunk.imports ?? []))
  }
  return out
}

export function bundleBudget(budgetKb = FIRST_LOAD_BUDGET_KB): Plugin {
  let minified = true
  return {
    name: 'bundle-budget',
    apply: 'build',
    configResolved(config) {
      minified = config.build.minify !== false
    },
    writeBundle(_options, bundle) {
      // The budget is for what ships; an unminified build (for reading a profile) is not held to it.
      if (!minified) return this.info('first-load budget not checked: unminified build')
      const chunks = firstLoadChunks(bundle as unknown as Record<string, ChunkLike>)
      const total = chunks.reduce((sum, c) => sum + c.kb, 0)
      const detail = chunks.map((c) => `  ${c.file} ${c.kb.toFixed(1)} kB`).join('\n')
      if (total > budgetKb) {
        this.error(`First-load JS is ${total.toFixed(1)} kB gzip, over the ${budgetKb} kB budget (scripts/bundle-budget.ts):\n${detail}`)
      }
      this.info(`first-load JS ${total.toFixed(1)} kB gzip (budget ${budgetKb} kB)`)
    },
  }
}
