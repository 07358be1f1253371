/* global module */
// fhirclient logs through `debug`; production builds drop it. CommonJS, because fhirclient calls
// the required module itself as a function. Each logger is a no-op that can still be extended.
function create(namespace) {
  const log = function () {}
  log.namespace = namespace
  log.enabled = false
  log.extend = (sub, delimiter) => create(namespace + (delimiter === undefined ? ':' : delimiter) + sub)
  return log
}
create.enable = () => undefined
create.disable = () => ''
create.enabled = () => false
module.exports = create
