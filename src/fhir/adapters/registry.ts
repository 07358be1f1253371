// Every adapter the app ships; adapterFor() picks one by the session's flavor.
import type { FhirAdapter } from '../adapter.ts'
import { cernerAdapter } from './cerner.ts'
import { epicAdapter } from './epic.ts'
import { genericAdapter } from './generic.ts'

export const ADAPTERS: readonly FhirAdapter[] = [epicAdapter, cernerAdapter, genericAdapter]
