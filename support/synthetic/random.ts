/** random: the seeded choices the synthetic corpus makes — the same seed number always gives the same corpus. */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export interface Random {
  int: (from: number, to: number) => number; // both ends included
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  sample: <T>(items: readonly T[], n: number) => T[]; // n distinct items, in a random order
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    pick,
    chance: (p) => int(0, 9999) < p * 10000,
    sample: <T>(items: readonly T[], n: number): T[] => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, Math.min(n, pool.length));
    },
  };
}
