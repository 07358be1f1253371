/* global module */
// Production stand-in for the `debug` package, which fhirclient logs through. With the real one,
// `localStorage.debug = '*'` makes the built app print the authorization code, the PKCE verifier and
// the tokens to the console. Same shape (callable, `extend`, `enable`), no output. CommonJS because
// fhirclient `require`s it.
function createDebug(namespace) {
  const log = function () {}
  log.namespace = namespace
  log.enabled = false
  log.log = function () {}
  log.extend = function (sub) {
    return createDebug(namespace + ':' + sub)
  }
  log.destroy = function () {
    return false
  }
  return log
}
createDebug.enable = function () {}
createDebug.disable = function () {
  return ''
}
createDebug.enabled = function () {
  return false
}
createDebug.formatters = {}
module.exports = createDebug
module.exports.default = createDebug
