/**
 * A small seeded PRNG. Math.random cannot be seeded, and the demo data must be
 * identical on every machine and every run so that re-seeding is a no-op and
 * benchmarks compare like with like.
 */
export type Rng = {
  /** Uniform float in [0, 1). */
  next: () => number
  /** Uniform integer in [0, n). */
  int: (n: number) => number
  /** Uniform integer in [min, max]. */
  between: (min: number, max: number) => number
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
}

/** 32-bit FNV-1a then a murmur3 finaliser: cheap, and spreads similar strings apart. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** mulberry32: one 32-bit state word, good enough for picking templates. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
  }
}

/**
 * An independent stream per named thing (a record, a query slot). Keying streams by
 * name rather than drawing from one global stream keeps each record the same when
 * the options around it change, e.g. adding a model does not reshuffle the others.
 */
export function rngFor(seed: number, ...parts: (string | number)[]): Rng {
  return createRng(hashString(`${seed}|${parts.join('|')}`))
}
