// First-load JS: every script the built index.html loads or preloads, gzipped (level 9) one by one,
// for the app and for the floor build (bench/floor) built with the same bundler settings.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

export interface LoadSize {
  files: { file: string; gzip: number }[]
  jsGzip: number
  cssGzip: number
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

export function firstLoad(outDir: string): LoadSize {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1])
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\bhref="\/?([^"]+\.css)"/g)].map((m) => m[1])
  const files = scripts.map((file) => ({ file, gzip: gz(join(outDir, file)) }))
  return {
    files,
    jsGzip: files.reduce((s, f) => s + f.gzip, 0),
    cssGzip: styles.reduce((s, f) => s + gz(join(outDir, f)), 0),
  }
}

export async function buildFloor(outDir: string): Promise<LoadSize> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: new URL('./floor/', import.meta.url).pathname,
    plugins: [react()],
    build: { outDir: resolve(outDir), emptyOutDir: true },
  })
  return firstLoad(outDir)
}
