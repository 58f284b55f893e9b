/** observation-html: an observation's value as markup — −6%, 32 家以上, 未公开 (with its unit), or 定性目标; 预计数 tagged. */
import type { Observation } from "../schema/observation.ts";
import { html, type Html } from "./html.ts";
import { formatObservation } from "./format.ts";

/** Returns the value as it reads, marked: .na for 未公开 (its unit and qualifier as tags) and 定性目标, .num for a number; its status after. */
export function observationHtml(o: Observation): Html {
  const status = o.status && html`<span class="tag status">${o.status}</span>`;
  if (o.redacted) {
    const unit = o.unit && html`<span class="tag">${o.unit === "%" ? "百分比" : `单位：${o.unit}`}</span>`;
    return html`<span class="na redacted-value">${formatObservation(o)}${unit}${o.qualifier && html`<span class="tag">${o.qualifier}</span>`}</span>${status}`;
  }
  return o.value === null ? html`<span class="na">定性目标</span>${status}` : html`<span class="num">${formatObservation(o)}</span>${status}`;
}
