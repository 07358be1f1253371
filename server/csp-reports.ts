// One log line per CSP violation, from either report format (report-uri's csp-report, or the Reporting
// API's list). Only origins are kept: a blocked or document URL could carry a launch code or other data.

function originOf(u: unknown): string {
  if (typeof u !== 'string') return '-'
  try {
    return new URL(u).origin
  } catch {
    return u.length <= 20 ? u : '-' // keywords such as "inline" or "eval"
  }
}

export function summarizeCspReports(body: unknown): string[] {
  const reports: Array<Record<string, unknown>> = []
  if (Array.isArray(body)) {
    for (const r of body) if (r && typeof r === 'object' && (r as { type?: unknown }).type === 'csp-violation') reports.push((r as { body?: Record<string, unknown> }).body ?? {})
  } else if (body && typeof body === 'object' && 'csp-report' in body) {
    reports.push((body as Record<string, Record<string, unknown>>)['csp-report'] ?? {})
  }
  return reports.slice(0, 20).map((r) => {
    const directive = r.effectiveDirective ?? r['effective-directive'] ?? r['violated-directive'] ?? '-'
    const blocked = originOf(r.blockedURL ?? r['blocked-uri'])
    const page = originOf(r.documentURL ?? r['document-uri'])
    return `directive=${String(directive).split(' ')[0]} blocked=${blocked} page=${page}`
  })
}
