/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SANDBOX_URL?: string
  readonly VITE_EPIC_CLIENT_ID?: string
  readonly VITE_CERNER_CLIENT_ID?: string
  readonly VITE_CERNER_PROVIDER_CLIENT_ID?: string
  readonly VITE_CLIENT_ID?: string
  readonly VITE_BRANDS_URL?: string
  readonly VITE_REQUEST_OFFLINE_ACCESS?: string
  readonly VITE_IDLE_MINUTES?: string
}

// Side-effect module: initialises Oracle's XFC provider for PowerChart frames.
declare module 'cerner-smart-embeddable-lib'
