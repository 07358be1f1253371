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
  readonly VITE_DIRECTORIES?: string
  readonly VITE_SHOW_SANDBOX?: string
  readonly VITE_DEVELOPER_HINTS?: string
  readonly VITE_EHR_ORIGINS?: string
}

// Side-effect module: initialises Oracle's XFC provider for PowerChart frames.
declare module 'cerner-smart-embeddable-lib'
