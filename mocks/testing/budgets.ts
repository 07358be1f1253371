// Time budgets for tests whose work is large, sized from what they measure rather than raised for all.

/**
 * Paging through the long-history patient's 5,240 vitals (mapping included): about 1.5 s on an idle
 * 2-core machine, 7–14 s with the machine several times oversubscribed.
 */
export const FULL_HISTORY_MS = 30_000
