/** carry-on: for each measure of each plan, the measures of the same bureau's previous and next plan that carry it on (from the comparisons' links). */
import type { Comparison, LinkReason, MeasureRef } from "../schema/comparison.ts";

/** One side of a measure's place across years: the other plan, and the linked measures there (none: 本年新增 / 次年未再列入). */
export interface AcrossSide {
  plan: Comparison["from"];
  links: { ref: MeasureRef; reasons: LinkReason[] }[];
}

/** A measure's counterparts: in the previous plan and in the next, each null where there is no such plan. */
export interface MeasureAcross {
  previous: AcrossSide | null;
  next: AcrossSide | null;
}

/** Returns, by plan id and then measure anchor, each measure's counterparts in the plans before and after it. */
export function indexCarryOn(comparisons: Comparison[]): Map<string, Map<string, MeasureAcross>> {
  const index = new Map<string, Map<string, MeasureAcross>>();
  const entry = (plan: string, anchor: string) => {
    const byAnchor = index.get(plan) ?? index.set(plan, new Map()).get(plan)!;
    return byAnchor.get(anchor) ?? byAnchor.set(anchor, { previous: null, next: null }).get(anchor)!;
  };
  for (const c of comparisons) {
    const fromAnchors = [...c.links.map((l) => l.from), ...c.dropped];
    const toAnchors = [...c.links.map((l) => l.to), ...c.added];
    for (const ref of fromAnchors) entry(c.from.id, ref.anchor).next ??= { plan: c.to, links: [] };
    for (const ref of toAnchors) entry(c.to.id, ref.anchor).previous ??= { plan: c.from, links: [] };
    for (const l of c.links) {
      entry(c.from.id, l.from.anchor).next!.links.push({ ref: l.to, reasons: l.reasons });
      entry(c.to.id, l.to.anchor).previous!.links.push({ ref: l.from, reasons: l.reasons });
    }
  }
  return index;
}
