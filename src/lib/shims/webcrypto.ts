// fhirclient falls back to isomorphic-webcrypto only where globalThis.crypto is missing, which no
// supported browser (all have Web Crypto in secure contexts and on localhost) is.
export default globalThis.crypto
