// A returning tab (/app) or a finished sign-in (/callback) talks to the FHIR server, and on /callback to
// its token endpoint, as soon as the chart's code has loaded. Opening those connections while that code
// downloads takes DNS, TCP and TLS set-up (about three round trips on a phone network) off the way to
// the first screen. Only the origins this tab stored when it started the sign-in are used.

/** fhirclient's record of the current launch: `SMART_KEY` names the entry that holds it. */
function storedLaunch(storage: () => Storage): { serverUrl?: unknown; tokenUri?: unknown } | undefined {
  // In a third-party frame with storage blocked, even reading `sessionStorage` throws.
  try {
    const key: unknown = JSON.parse(storage().getItem('SMART_KEY') ?? 'null')
    if (typeof key !== 'string') return undefined
    const state: unknown = JSON.parse(storage().getItem(key) ?? 'null')
    return state && typeof state === 'object' ? state : undefined
  } catch {
    return undefined
  }
}

function webOrigin(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined
  } catch {
    return undefined
  }
}

/** Adds a preconnect hint per stored origin other than the app's own; returns the origins. */
export function preconnectToStoredServer(doc: Document = document, storage: () => Storage = () => window.sessionStorage): string[] {
  const launch = storedLaunch(storage)
  if (!launch) return []
  const origins = [...new Set([webOrigin(launch.serverUrl), webOrigin(launch.tokenUri)])].filter(
    (o): o is string => !!o && o !== doc.location.origin,
  )
  for (const origin of origins) {
    const link = doc.createElement('link')
    link.rel = 'preconnect'
    link.href = origin
    // FHIR and token requests carry no cookies, so they use the browser's anonymous connection pool.
    link.crossOrigin = 'anonymous'
    doc.head.append(link)
  }
  return origins
}
