// Decides where this page's audit events go once the deploy file is read: the deployer's collector,
// else the console in development, else nowhere.
import { consoleSink, dropSink, endpointSink, setAuditSink } from '../launch/audit.ts'
import { loadDeployConfig } from '../launch/deploy-config.ts'

export function connectAudit(dev: boolean = import.meta.env.DEV): Promise<void> {
  const fallback = dev ? consoleSink : dropSink
  return loadDeployConfig().then(
    (config) => setAuditSink(config.auditEndpoint ? endpointSink(config.auditEndpoint) : fallback),
    // The page shows the config problem itself; events must not pile up meanwhile.
    () => setAuditSink(fallback),
  )
}
