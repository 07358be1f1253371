// Code loaded on first use can fail to arrive: offline, or after a redeploy removed the old chunk
// files. A failed chunk never blanks the app: the section says what happened and offers "Reload this
// section". When the app is online (so the chunk is most likely gone after a redeploy), the page
// reloads itself once to pick up the new build; a guard in sessionStorage stops a second reload.
import { createElement, lazy, Suspense, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n.tsx'
import { ErrorBoundary } from './error-boundary.tsx'

const RELOAD_GUARD = 'chart-lens:chunk-reload'
/** A second failure within this long after the automatic reload is not reloaded again. */
const GUARD_MS = 60_000

/** Dynamic import failures look different in each browser; none of them is an app bug. */
export function isChunkError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e)
  return /ChunkLoadError|dynamically imported module|Importing a module script failed|error loading dynamically imported|Failed to fetch/i.test(text)
}

/**
 * Reloads the page once for a chunk that is gone. Returns false (and does nothing) when offline, when
 * a reload already happened moments ago, or when the guard cannot be stored.
 */
export function reloadOnceForChunk(now = Date.now(), reload = () => window.location.reload()): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false
  try {
    const last = Number(sessionStorage.getItem(RELOAD_GUARD) ?? 0)
    if (now - last < GUARD_MS) return false
    sessionStorage.setItem(RELOAD_GUARD, String(now))
  } catch {
    return false
  }
  reload()
  return true
}

function ChunkFailed({ error, onReload }: { error: Error; onReload: () => void }) {
  const { t } = useI18n()
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false
  const chunk = isChunkError(error)
  return (
    <div role="alert" data-testid="section-failed" className="mt-4 rounded border border-red-700 p-3 text-red-900 dark:border-red-400 dark:text-red-200">
      <p>{chunk ? t(offline ? 'chunk.offline' : 'chunk.failed') : t('chunk.crashed')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={onReload}>
          {t('chunk.reload')}
        </button>
        {!offline && (
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            {t('chunk.reloadPage')}
          </button>
        )}
      </div>
    </div>
  )
}

type Load<P> = () => Promise<{ default: ComponentType<P> }>
const made = new WeakMap<object, Map<number, unknown>>()

/** One `lazy()` per loader and attempt, kept across renders (React caches a rejected one). */
function lazyFor<P extends object>(load: Load<P>, attempt: number): LazyExoticComponent<ComponentType<P>> {
  const byAttempt = made.get(load) ?? new Map<number, unknown>()
  made.set(load, byAttempt)
  let component = byAttempt.get(attempt) as LazyExoticComponent<ComponentType<P>> | undefined
  if (!component) {
    // A gone chunk (online) reloads the page once; meanwhile the section keeps its loading state.
    component = lazy(() => load().catch((e: unknown) => (isChunkError(e) && reloadOnceForChunk() ? new Promise<never>(() => undefined) : Promise.reject(e))))
    byAttempt.set(attempt, component)
  }
  return component
}

/**
 * A lazily loaded component inside its own error boundary. "Reload this section" makes a fresh
 * `lazy()` (React caches a rejected one), so the import is really tried again.
 */
export function LazySection<P extends object>({ load, props, fallback }: { load: Load<P>; props: P; fallback: ReactNode }) {
  const [attempt, setAttempt] = useState(0)
  return (
    <ErrorBoundary key={attempt} fallback={(error) => <ChunkFailed error={error} onReload={() => setAttempt((n) => n + 1)} />}>
      <Suspense fallback={fallback}>
        {createElement(lazyFor(load, attempt), props)}
      </Suspense>
    </ErrorBoundary>
  )
}
