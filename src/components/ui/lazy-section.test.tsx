import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../i18n/i18n.tsx'
import { LazySection, reloadOnceForChunk } from './lazy-section.tsx'

afterEach(() => sessionStorage.clear())

describe('reloading for a gone chunk', () => {
  it('reloads once, then not again within the guard window (no loop)', () => {
    const reload = vi.fn()
    expect(reloadOnceForChunk(1_000_000, reload)).toBe(true)
    expect(reloadOnceForChunk(1_010_000, reload)).toBe(false)
    expect(reload).toHaveBeenCalledTimes(1)
    expect(reloadOnceForChunk(1_000_000 + 61_000, reload)).toBe(true)
  })

  it('never reloads while offline', () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const reload = vi.fn()
    expect(reloadOnceForChunk(1, reload)).toBe(false)
    expect(reload).not.toHaveBeenCalled()
    online.mockRestore()
  })
})

describe('LazySection', () => {
  it('a chunk that fails offline says so, and "Reload this section" really imports again', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    let fail = true
    const load = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module: /assets/labs-panel-abc.js')
      return { default: ({ word }: { word: string }) => <p>{word}</p> }
    })
    render(
      <I18nProvider locale="en">
        <LazySection load={load} props={{ word: 'loaded' }} fallback={<p>loading</p>} />
      </I18nProvider>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('This section could not be loaded because you are offline.')
    fail = false
    online.mockReturnValue(true)
    await userEvent.click(screen.getByRole('button', { name: 'Reload this section' }))
    expect(await screen.findByText('loaded')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
    online.mockRestore()
  })
})
