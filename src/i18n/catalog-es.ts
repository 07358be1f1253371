// The Spanish catalog, a chunk of its own: loaded (catalogs.ts) only when Spanish is the language.
// The start page's, sign-in's and footer's strings come from modules the start page has already.
import type { Messages } from './catalog.ts'
import * as launch from './messages/launch.ts'
import * as legal from './messages/legal.ts'
import * as start from './messages/start.ts'
import { es as allergies } from './messages/es/allergies.ts'
import { es as core } from './messages/es/core.ts'
import { es as faults } from './messages/es/faults.ts'
import { es as labs } from './messages/es/labs.ts'
import { es as medications } from './messages/es/medications.ts'
import { es as sources } from './messages/es/sources.ts'
import { es as summary } from './messages/es/summary.ts'
import { es as vitals } from './messages/es/vitals.ts'

export const es: Messages = { ...core, ...start.es, ...launch.es, ...summary, ...labs, ...vitals, ...medications, ...allergies, ...sources, ...faults, ...legal.es }
