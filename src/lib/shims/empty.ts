// Stands in for polyfills of what every supported browser already has (AbortController).
export {}
