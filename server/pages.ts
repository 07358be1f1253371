// Which HTML file each of the app's routes is sent (see scripts/chart-page.ts). Shared by `npm run serve`
// and `vite preview`, so the bench and the e2e tests load pages as a deployment does.

/** index.html with the chart's code preloaded, written by the build. */
export const CHART_PAGE = 'app.html'

/** The app's own routes (see README, "How the app launches"); everything else must be a real file. */
export const APP_ROUTES: ReadonlySet<string> = new Set(['/', '/launch', '/callback', '/app'])

/** The file a route is answered with; the chart's routes fall back to index.html in a build without app.html. */
export function pageFor(pathname: string, hasChartPage: boolean): string {
  return hasChartPage && (pathname === '/app' || pathname === '/callback') ? CHART_PAGE : 'index.html'
}
