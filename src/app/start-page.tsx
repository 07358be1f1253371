import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState } from 'react'
import { beginLaunch } from '../launch/authorize.ts'
import { parseBrands, searchHealthSystems, type HealthSystem } from '../launch/brands.ts'
import { endpointFromAddress, healthSystems } from '../launch/endpoints.ts'
import { HealthSystemList } from './health-system-list.tsx'

const extraBrandsUrl = import.meta.env.VITE_BRANDS_URL

export function StartPage() {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const [error, setError] = useState<string>()
  const extra = useQuery({
    queryKey: ['brands', extraBrandsUrl],
    queryFn: async () => parseBrands(await (await fetch(extraBrandsUrl as string)).json()),
    enabled: !!extraBrandsUrl,
    staleTime: Infinity,
  })
  const all = useMemo(() => [...healthSystems, ...(extra.data ?? [])], [extra.data])
  const results = useMemo(() => searchHealthSystems(all, deferred), [all, deferred])

  async function connect(system: HealthSystem, index: number) {
    setError(undefined)
    const e = system.endpoints[index]
    const endpoint = endpointFromAddress(e.id, system.name, e.address, ['standalone'])
    try {
      await beginLaunch(endpoint, 'standalone', undefined, [endpoint])
    } catch (err) {
      setError(`${system.name}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  return (
    <main className="mx-auto max-w-xl p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Connect your health record</h1>
      <p className="mt-2 text-gray-700">Find your health system, then sign in with your patient portal account.</p>
      <label htmlFor="system-search" className="mt-6 block font-semibold">
        Health system, city or portal name
      </label>
      <input
        id="system-search"
        type="search"
        autoComplete="off"
        className="mt-1 w-full rounded border border-gray-500 p-2 text-lg"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {extra.isError && <p className="mt-2 text-sm text-gray-700">The extra list of health systems could not be loaded.</p>}
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 p-3 text-red-800">
          {error}
        </p>
      )}
      <HealthSystemList systems={results} total={all.length} query={deferred} onChoose={connect} />
    </main>
  )
}
