// e2e runs its own sandbox and app build on ports that do not clash with `npm start`. Both can be moved
// (E2E_SANDBOX_PORT, E2E_APP_PORT) so that two checkouts can run their e2e suites side by side.
export const E2E_SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4020)
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173)
export const SANDBOX = `http://localhost:${E2E_SANDBOX_PORT}`
export const APP = `http://localhost:${E2E_APP_PORT}`
