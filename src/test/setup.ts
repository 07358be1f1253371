import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Panels render after a lazy section import and the in-process sandbox's answer: up to ~1 s for the first
// test of a file on an idle machine, so Testing Library's 1 s default made findBy a coin flip as soon as
// another process shared the CPU. findBy still fails when what it waits for never appears.
configure({ asyncUtilTimeout: 4_000 })

afterEach(() => cleanup())
