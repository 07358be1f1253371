// e2e runs its own sandbox and app build on ports that do not clash with `npm start`.
export const E2E_SANDBOX_PORT = 4020
export const E2E_APP_PORT = 4173
export const SANDBOX = `http://localhost:${E2E_SANDBOX_PORT}`
export const APP = `http://localhost:${E2E_APP_PORT}`
