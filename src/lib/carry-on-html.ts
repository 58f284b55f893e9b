/** carry-on-html: a measure's counterparts in the previous and next plan, and why, in words a reader understands (同一指标、同一企业、同一责任股室、措辞相近) — never a score. */
import type { LinkReason } from "../schema/comparison.ts";
import type { AcrossSide, MeasureAcross } from "../model/carry-on.ts";
import type { SiteModel } from "../model/site-model.ts";
import { html, type Html } from "./html.ts";
import { planPlacePath } from "./urls.ts";
import { titleBeyondPlace } from "./format.ts";

type Labels = SiteModel["labels"];

/** Returns one reason in words: 同一指标：新增上云企业, 同一项目：英科医疗三期, 同一责任股室：经济运行办公室, 措辞相近：都提到“烧结砖瓦企业”. */
export function reasonWords(reason: LinkReason, labels: Labels): string {
  const list = (names: string[]) => names.join("、");
  switch (reason.kind) {
    case "indicator":
      return `同一指标：${list(reason.names.map((id) => labels.indicators.get(id) ?? id))}`;
    case "commitment":
      return `同一量化承诺：${list(reason.names)}`;
    case "entity": {
      const kinds = new Set(reason.names.map((id) => labels.entityKinds.get(id) ?? "企业"));
      const kind = kinds.size === 1 ? [...kinds][0] : "企业、项目";
      return `同一${kind}：${list(reason.names.map((id) => labels.entities.get(id) ?? id))}`;
    }
    case "office":
      return `同一责任股室：${list(reason.names)}`;
    case "wording":
      return reason.names.length ? `措辞相近：都提到${reason.names.map((n) => `“${n}”`).join("")}` : "措辞相近";
  }
}

/** Returns the reasons of a link as one phrase: 同一指标：…；措辞相近：…. */
export function reasonsWords(reasons: LinkReason[], labels: Labels): string {
  return reasons.map((r) => reasonWords(r, labels)).join("；");
}

/** Returns the list of a side's linked measures, each with its reasons, or what it means that there are none. */
export function sideHtml(side: AcrossSide, labels: Labels, none: string): Html {
  if (side.links.length === 0) return html`<span class="na">${none}</span>`;
  return html`<ul class="refs">${side.links.map(({ ref, reasons }) => {
    const title = titleBeyondPlace(ref);
    return html`<li><a href="${planPlacePath(side.plan.id, ref.anchor)}">${ref.place}</a>${title !== null && html`<span class="ref-title">${title}</span>`}<span class="why">（${reasonsWords(reasons, labels)}）</span></li>`;
  })}</ul>`;
}

/** Returns a measure's line across years on its plan page: 上年 …；次年 …, or nothing when the plan has no neighbour. */
export function acrossHtml(across: MeasureAcross | undefined, labels: Labels): Html | false {
  if (!across || (!across.previous && !across.next)) return false;
  const part = (side: AcrossSide | null, label: string, none: string) =>
    side && html`<div><dt>${label}（${side.plan.year}年）</dt><dd>${sideHtml(side, labels, none)}</dd></div>`;
  return html`<dl class="measure-across">${part(across.previous, "上一年的对应措施", "本年新增：上一年计划中没有对应的措施")}${part(across.next, "下一年的延续", "次年未再列入：下一年计划中没有对应的措施")}</dl>`;
}
