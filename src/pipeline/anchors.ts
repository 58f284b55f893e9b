/** anchors: gives every part, section and measure a unique, stable fragment id (#m-3, #s-3-1, #p-2). */
import type { Part } from "../schema/plan.ts";
import { anchorNumber } from "./numerals.ts";

/**
 * Sets `anchor` on each part (p-2), section (s-3-1) and measure in place. A numbered measure is
 * m-<number>; if that is taken (numbering restarts or repeats) it is m-<part>-<section>-<number>, then
 * with -2, -3… An unnumbered measure is m-s<part>-<section>. Anchors depend only on the plan's own
 * numbering, so they stay the same across builds.
 */
export function assignAnchors(parts: Part[]): void {
  const taken = new Set<string>();
  const claim = (candidates: string[]): string => {
    const base = candidates.find((c) => !taken.has(c)) ?? candidates.at(-1)!;
    let anchor = base;
    for (let k = 2; taken.has(anchor); k++) anchor = `${base}-${k}`;
    taken.add(anchor);
    return anchor;
  };
  parts.forEach((part, pi) => {
    const p = part.number ? anchorNumber(part.number) : String(pi);
    part.anchor = claim([`p-${p}`]);
    part.sections.forEach((section, si) => {
      const s = section.number ? anchorNumber(section.number) : `0${si ? si : ""}`;
      section.anchor = claim([`s-${p}-${s}`]);
      for (const m of section.measures)
        m.anchor = m.number === null ? claim([`m-s${p}-${s}`]) : claim([`m-${m.number}`, `m-${p}-${s}-${m.number}`]);
    });
  });
}
