// fhirclient asks for cross-fetch; every browser a SMART app supports has fetch built in.
const fetchFn: typeof fetch = (...args) => globalThis.fetch(...args)
export default fetchFn
export { fetchFn as fetch }
export const Headers = globalThis.Headers
export const Request = globalThis.Request
export const Response = globalThis.Response
