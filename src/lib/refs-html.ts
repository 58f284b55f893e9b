/** refs-html: a list of measures of one plan as markup — each linked to its place in the plan page, then its title (and a similarity score). */
import type { MeasureRef } from "../schema/comparison.ts";
import { html, type Html } from "./html.ts";
import { planPlacePath } from "./urls.ts";
import { titleBeyondPlace } from "./format.ts";

export interface RefsOptions {
  empty?: string; // shown when there is no measure
  titles?: boolean; // each measure's title after its place
}

/** Returns the measures as a list (a score, when given, after each), or `empty`. */
export function refsHtml(plan: string, refs: (MeasureRef & { score?: number; role?: string })[], { empty = "—", titles = true }: RefsOptions = {}): Html {
  if (refs.length === 0) return html`<span class="na">${empty}</span>`;
  const item = (r: MeasureRef & { score?: number; role?: string }) => {
    const title = titles ? titleBeyondPlace(r) : null;
    return html`<li><a href="${planPlacePath(plan, r.anchor)}">${r.place}</a>${title !== null && html`<span class="ref-title">${title}</span>`}${r.role !== undefined && html`<span class="tag role">${r.role}</span>`}${r.score !== undefined && html`<span class="score">（${r.score.toFixed(2)}）</span>`}</li>`;
  };
  return html`<ul class="refs">${refs.map(item)}</ul>`;
}
