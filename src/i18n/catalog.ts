// The English catalog: the shell's strings plus each feature's. It ships with the chart; Spanish
// mirrors it key for key in catalog-es.ts, downloaded only when Spanish is chosen.
import * as allergies from './messages/allergies.ts'
import * as core from './messages/core.ts'
import * as faults from './messages/faults.ts'
import * as labs from './messages/labs.ts'
import * as launch from './messages/launch.ts'
import * as legal from './messages/legal.ts'
import * as medications from './messages/medications.ts'
import * as sources from './messages/sources.ts'
import * as start from './messages/start.ts'
import * as summary from './messages/summary.ts'
import * as vitals from './messages/vitals.ts'

export const en = { ...core.en, ...start.en, ...launch.en, ...summary.en, ...labs.en, ...vitals.en, ...medications.en, ...allergies.en, ...sources.en, ...faults.en, ...legal.en }

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
