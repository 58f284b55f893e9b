/** neighbours: each plan's previous and next plan of the same bureau, and the comparisons it takes part in. */
import type { Comparison } from "../schema/comparison.ts";
import type { Plan } from "../schema/plan.ts";

export interface Neighbours {
  previous: Plan | null;
  next: Plan | null;
}

export interface PlanComparisons {
  withPrevious: Comparison | null;
  withNext: Comparison | null;
}

/** Returns, for every plan by id, the plans of the same issuer just before and after it by year. */
export function indexNeighbours(plans: Plan[]): Map<string, Neighbours> {
  const byIssuer = new Map<string, Plan[]>();
  for (const p of plans) byIssuer.set(p.issuer, [...(byIssuer.get(p.issuer) ?? []), p]);
  const index = new Map<string, Neighbours>();
  for (const same of byIssuer.values()) {
    const sorted = [...same].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
    sorted.forEach((p, i) => index.set(p.id, { previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null }));
  }
  return index;
}

/** Returns, for every plan by id that is compared, its comparison with the previous plan and with the next. */
export function indexComparisons(all: Comparison[]): Map<string, PlanComparisons> {
  const index = new Map<string, PlanComparisons>();
  const entry = (id: string) => index.get(id) ?? index.set(id, { withPrevious: null, withNext: null }).get(id)!;
  for (const c of all) {
    entry(c.to.id).withPrevious = c;
    entry(c.from.id).withNext = c;
  }
  return index;
}
