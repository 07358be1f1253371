import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { loadCatalog } from '../i18n/catalogs.ts'

// Panels render after a lazy section import and the in-process sandbox's answer: up to ~1 s for the first
// test of a file on an idle machine, so Testing Library's 1 s default made findBy a coin flip as soon as
// another process shared the CPU. findBy still fails when what it waits for never appears.
configure({ asyncUtilTimeout: 4_000 })

afterEach(() => cleanup())

// The app downloads the Spanish catalog before it shows Spanish (I18nProvider waits for it). Tests
// that word messages directly in Spanish get it up front; a test that resets modules (as
// spanish-screens.test.tsx does) starts without it, like a fresh page.
beforeAll(() => loadCatalog('es'))
