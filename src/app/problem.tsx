import type { ReactNode } from 'react'

/** A full-page explanation with at most one way forward. Text only: nothing here is parsed as HTML. */
export function Problem({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <div role="alert">
        <h1 className="text-xl font-bold">{title}</h1>
        <p className="mt-2">{children}</p>
      </div>
      {action && <div className="mt-4">{action}</div>}
    </main>
  )
}

export function StartOverLink() {
  return (
    <a className="inline-block rounded bg-blue-700 px-4 py-2 text-white" href="/">
      Sign in again
    </a>
  )
}
