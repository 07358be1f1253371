// The three js-base64 functions fhirclient's browser code calls (PKCE challenge, state, id_token
// decoding), on the browser's own btoa/atob. Same output as js-base64 for any input.
const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function fromUint8Array(bytes: Uint8Array, urlsafe = false): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  const b64 = btoa(binary)
  return urlsafe ? b64.replace(/[+/]/g, (c) => (c === '+' ? '-' : '_')).replace(/=+$/, '') : b64
}

export const encode = (text: string, urlsafe = false): string => fromUint8Array(encoder.encode(text), urlsafe)
export const encodeURL = (text: string): string => encode(text, true)

/** Accepts standard and URL-safe alphabets, with or without padding, like js-base64. */
export function toUint8Array(b64: string): Uint8Array {
  const clean = b64.replace(/[-_]/g, (c) => (c === '-' ? '+' : '/')).replace(/[^A-Za-z0-9+/]/g, '')
  const binary = atob(clean + '==='.slice((clean.length + 3) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

export const decode = (b64: string): string => decoder.decode(toUint8Array(b64))
