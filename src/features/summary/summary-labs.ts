// What the Summary's labs part lists: the critical results of the last 90 days, then the tests whose
// latest result is flagged. A test whose latest result is already listed as critical is not listed
// twice.
import type { LabGroup } from '../labs/lab-groups.ts'
import { latestAbnormalLabs } from '../labs/lab-groups.ts'
import type { LabData } from '../labs/queries.ts'
import { recentCriticals } from '../labs/recent-criticals.ts'
import type { LabResult } from '../../domain/observation.ts'

export function summaryLabs(data: Pick<LabData, 'items'>, now: Date): { critical: LabResult[]; groups: LabGroup[] } {
  const critical = recentCriticals(data.items, now)
  const groups = latestAbnormalLabs(data).filter((g) => !g.latest || !critical.includes(g.latest))
  return { critical, groups }
}
