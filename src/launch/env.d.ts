/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SANDBOX_URL?: string
  readonly VITE_EPIC_CLIENT_ID?: string
  readonly VITE_CERNER_CLIENT_ID?: string
}
