// Seeded randomness so the synthetic record is identical on every run and in every test.

export type Rng = () => number

/** mulberry32: tiny, fast, and good enough for plausible-looking clinical noise. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list')
  return items[Math.floor(rng() * items.length)] as T
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

/** Roughly normal (Irwin–Hall of 4 uniforms), bounded to ±2·spread so values never go absurd. */
export function jitter(rng: Rng, center: number, spread: number): number {
  const sum = rng() + rng() + rng() + rng()
  return center + (sum - 2) * spread
}

export function round(value: number, decimals = 0): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}
