import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The sandbox answers in-process, but a cold first render on a busy CI machine can take over a second.
configure({ asyncUtilTimeout: 4000 })

afterEach(() => cleanup())
