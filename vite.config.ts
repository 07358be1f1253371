import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    // isomorphic-webcrypto (via fhirclient) ships a UMD guard that trips this check harmlessly.
    rolldownOptions: { checks: { commonJsVariableInEsm: false } },
  },
})
