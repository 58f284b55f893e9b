/** carry-on-order: a comparison's links arranged by the later plan's measures, in its order — the rows of the comparison page's 措施的延续 table. */
import type { Comparison, LinkReason, MeasureRef } from "../schema/comparison.ts";

/** Returns each measure of the later plan (in its order, as similarTo lists them) with the earlier plan's measures it carries on. */
export function placeOrder(c: Comparison): { measure: MeasureRef; links: { ref: MeasureRef; reasons: LinkReason[] }[] }[] {
  return c.similarTo.map(({ measure }) => ({
    measure,
    links: c.links.filter((l) => l.to.anchor === measure.anchor).map((l) => ({ ref: l.from, reasons: l.reasons })),
  }));
}
