/** observation-html: an observation's value as markup — −6%, 32 家以上, 未公开 (with its unit), or 定性目标; 预计数 tagged — and its source. */
import type { Observation } from "../schema/observation.ts";
import { html, type Html } from "./html.ts";
import { formatObservation, formatSource, shortSourceTitle } from "./format.ts";
import { planPlacePath } from "./urls.ts";

/** Returns the value as it reads, marked: .na for 未公开 (its unit and qualifier as tags) and 定性目标, .num for a number; its status after. */
export function observationHtml(o: Observation): Html {
  const status = o.status && html`<span class="tag status">${o.status}</span>`;
  if (o.redacted) {
    const unit = o.unit && html`<span class="tag">${o.unit === "%" ? "百分比" : `单位：${o.unit}`}</span>`;
    return html`<span class="na redacted-value">${formatObservation(o)}${unit}${o.qualifier && html`<span class="tag">${o.qualifier}</span>`}</span>${status}`;
  }
  return o.value === null ? html`<span class="na">定性目标</span>${status}` : html`<span class="num">${formatObservation(o)}</span>${status}`;
}

/**
 * Where an observation comes from: a link to the place in the plan that states it, or the report's
 * name and date. `short` cites a plan as "2022年计划 · 一、目标任务" and a report without its occasion.
 */
export function observationSourceHtml(o: Observation, short = false): Html {
  const { source } = o;
  const title = short ? shortSourceTitle(o) : source.title;
  return source.plan
    ? html`<a href="${planPlacePath(source.plan, source.anchor)}">${title}${source.place && ` · ${source.place}`}</a>`
    : html`<span>${formatSource({ title, date: source.date })}</span>`;
}

/**
 * One plan's targets for an indicator in a comparison: each goal linked to its place in the plan, then its
 * value; then any number a measure states for it, named as that measure's commitment — it is not the
 * goal, and no status uses it in the goal's place.
 */
export function goalTargetsHtml(goals: Observation[], measures: Observation[]): Html {
  const goalList = goals.length === 0
    ? html`<span class="na">未列入</span>`
    : html`<ul class="plain">${goals.map((o) => html`<li><a href="${planPlacePath(o.source.plan!, o.source.anchor)}">${o.kind === "stretch" ? "力争" : "目标"}</a>：${observationHtml(o)}</li>`)}</ul>`;
  const measureList = measures.length > 0 && html`<ul class="plain commitments-of-goal">${measures.map((o) => html`<li><a href="${planPlacePath(o.source.plan!, o.source.anchor)}">${o.source.place ?? "措施"}</a>承诺：${observationHtml(o)}</li>`)}</ul>`;
  return html`${goalList}${measureList}`;
}
