// Shared by the index builder and the refresh script: where the snapshots live and what they are.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DirectoryVendor, Persona } from '../src/launch/brands.ts'

export const DATA_DIR = join(import.meta.dirname, '..', 'data', 'directories')
export const INDEX_DIR = join(import.meta.dirname, '..', 'public', 'directories')
export const SOURCES_FILE = join(DATA_DIR, 'sources.json')

export interface DirectorySourceFile {
  id: string
  title: string
  vendor: DirectoryVendor
  persona: Persona
  file: string
  retrieved: string
  url: string
}

export interface Sources {
  licence: string
  directories: DirectorySourceFile[]
}

export function readSources(): Sources {
  return JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as Sources
}
