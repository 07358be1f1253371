// Panel grouping for the clinician table: results read in the blocks they are ordered and reviewed in
// (BMP/CMP, CBC, lipids, …), by a small curated map of common LOINC codes. Anything not in the map,
// or without a LOINC, goes under "Other tests"; nothing is hidden by the grouping.
import type { LabGroup } from './lab-groups.ts'

export const PANEL_ORDER = ['metabolic', 'liver', 'blood', 'coagulation', 'diabetes', 'lipids', 'thyroid', 'heart', 'iron', 'urine', 'other'] as const
export type LabPanel = (typeof PANEL_ORDER)[number]

const CODES: Record<Exclude<LabPanel, 'other'>, string[]> = {
  // Basic / comprehensive metabolic panel, eGFR with it (LOINC 24323-8 CMP members).
  metabolic: ['2823-3', '2951-2', '2075-0', '2028-9', '3094-0', '2160-0', '62238-1', '33914-3', '98979-8', '48642-3', '48643-1', '2345-7', '2339-0', '17861-6', '2777-1', '19123-9', '3084-1'],
  liver: ['1742-6', '1920-8', '6768-6', '1975-2', '1751-7', '2885-2', '2532-0'],
  // Complete blood count (LOINC 58410-2 members).
  blood: ['718-7', '4544-3', '6690-2', '26464-8', '789-8', '787-2', '777-3', '26515-7'],
  coagulation: ['6301-6', '5902-2'],
  diabetes: ['4548-4', '17856-6'],
  // Lipid panel (LOINC 57698-3 members).
  lipids: ['13457-7', '2089-1', '18262-6', '2093-3', '2085-9', '2571-8'],
  thyroid: ['3016-3', '11580-8', '3024-7'],
  heart: ['33762-6', '30934-4', '10839-9', '1988-5'],
  iron: ['2498-4', '2276-4', '2132-9', '62292-8', '5671-3'],
  urine: ['14959-1', '9318-7', '5778-6', '5767-9', '5811-5', '5803-2', '20454-5', '5792-7', '5794-3', '5797-6'],
}

const PANEL_OF = new Map<string, LabPanel>(Object.entries(CODES).flatMap(([panel, codes]) => codes.map((c) => [c, panel as LabPanel])))

export const panelOf = (g: Pick<LabGroup, 'loinc'>): LabPanel => (g.loinc && PANEL_OF.get(g.loinc)) || 'other'

/** Panels in a fixed clinical order; tests keep their order within each panel. Empty panels are left out. */
export function byPanel(groups: LabGroup[]): Array<{ panel: LabPanel; groups: LabGroup[] }> {
  const buckets = new Map<LabPanel, LabGroup[]>()
  for (const g of groups) {
    const p = panelOf(g)
    const list = buckets.get(p)
    if (list) list.push(g)
    else buckets.set(p, [g])
  }
  return PANEL_ORDER.flatMap((panel) => {
    const list = buckets.get(panel)
    return list ? [{ panel, groups: list }] : []
  })
}
