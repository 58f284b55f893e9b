/** status-html: a status as the pages show it — its label, the rule and the numbers it used in words, the quote and its source. */
import type { ItemProgress, ProgressEntry } from "../model/progress.ts";
import type { Assessment } from "../pipeline/assess.ts";
import { STATUS_LABEL, type Judgement, type RuleId, type StatusCode } from "../pipeline/status.ts";
import { formatAmount, formatDate, formatNumber, formatObservation } from "./format.ts";
import { html, type Html } from "./html.ts";
import { textHtml } from "./pieces-html.ts";
import { href, planPlacePath } from "./urls.ts";

export const statusRulesPath = (rule?: RuleId) => href(`status/${rule ? `#rule-${rule}` : ""}`);
export const progressPath = (plan: string) => href(`plans/${plan}/progress/`);

/** The statuses in the order counts and legends list them. */
export const STATUS_ORDER = Object.keys(STATUS_LABEL) as StatusCode[];

/** Returns items counted by their status, in words: 已完成 3 项，未完成 1 项，尚无报告 5 项. */
export function statusCountsText(items: Pick<ItemProgress, "status">[]): string {
  return STATUS_ORDER.map((code) => [STATUS_LABEL[code], items.filter((i) => i.status.code === code).length] as const).filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n} 项`).join("，");
}

/** What each rule is called where a status names it. */
export const RULE_NAME: Record<RuleId, string> = {
  "no-report": "尚无报告",
  "undisclosed-target": "目标未公开",
  self: "自评",
  approximate: "约数目标",
  "unit-mismatch": "单位不同",
  "year-end": "全年对照目标",
  "pace-amount": "序时进度（数量）",
  "pace-rate": "序时进度（增速、比率）",
};

const JUDGED = new Set<StatusCode>(["done", "not-done", "on-pace", "behind"]); // the statuses a number decided

/** Returns a status as it reads: 已完成, 滞后序时进度, 自评：序时推进 … (（预计） for a preliminary figure). */
export function statusLabel(j: Judgement, words: string | null = null): string {
  if (j.code === "self") return words ? `自评：${words}` : "已报告，无数值可对照";
  return `${STATUS_LABEL[j.code]}${j.preliminary && JUDGED.has(j.code) ? "（据预计数）" : ""}`;
}

/** A status badge: its label, coloured by kind (good, behind, neutral), never by colour alone. */
export function statusBadgeHtml(j: Judgement, words: string | null = null): Html {
  return html`<span class="status-badge s-${j.code}">${statusLabel(j, words)}</span>`;
}

const pct = (x: number) => `${formatNumber(Math.round(x * 1000) / 10)}%`;
const amount = (value: number, unit: string | null) => formatAmount({ value, unit, redacted: false });

/** Returns the rule and the numbers it used, in words: 全年结果 21 家 ≥ 目标 20 家 / 已完成目标的 56%，已过时间 50%（报告期“上半年”）… */
export function workingText(j: Judgement, entry: Pick<ProgressEntry, "value" | "unit" | "elapsedBasis"> | null, hasTarget = true): string {
  const converted = entry && j.factor !== null && j.factor !== 1 && entry.value !== null ? `（${amount(entry.value, entry.unit)}折合${amount(j.actual!, j.unit)}）` : "";
  switch (j.rule) {
    case "no-report":
      return "尚无报告说明这一项的进展。";
    case "undisclosed-target":
      return "目标原文隐去（未公开），不作判定；报告的结果照录。";
    case "self":
      return hasTarget ? "报告未写出（或隐去了）可对照的数值：照录报告自己的说法，即部门自评。" : "计划未给这一项设数值目标：照录报告自己的说法，即部门自评。";
    case "approximate":
      return "目标为约数（“左右”），不作判定，请对照原文。";
    case "unit-mismatch":
      return `结果的单位（${entry?.unit ?? "未写"}）与目标的单位（${j.unit ?? "未写"}）不能换算，不作判定。`;
    case "year-end": {
      const [a, t] = [amount(j.actual!, j.unit), amount(j.target!, j.unit)];
      if (j.direction === "fall") return `全年结果 ${a}${converted}，目标为下降 ${amount(Math.abs(j.target!), j.unit)}（即不高于 ${amount(-Math.abs(j.target!), j.unit)}）：${j.code === "done" ? "达到" : "未达到"}。`;
      const sign = j.direction === "at-most" ? (j.code === "done" ? "≤" : ">") : j.code === "done" ? "≥" : "<";
      return `全年结果 ${a}${converted} ${sign} 目标 ${t}${j.direction === "at-most" ? "（目标为上限）" : ""}。`;
    }
    case "pace-amount": {
      const basis = entry?.elapsedBasis ? `（${entry.elapsedBasis}）` : "";
      if (j.direction === "at-most") return `已用去上限 ${amount(j.target!, j.unit)} 中的 ${amount(j.actual!, j.unit)}${converted}，即 ${pct(j.share ?? 0)}，${j.code === "on-pace" ? "不超过" : "超过"}已过时间 ${pct(j.elapsed!)}${basis}。`;
      return `完成 ${amount(j.actual!, j.unit)}${converted}，为目标 ${amount(j.target!, j.unit)} 的 ${j.share === null ? "—" : pct(j.share)}，${j.code === "on-pace" ? "不低于" : "低于"}已过时间 ${pct(j.elapsed!)}${basis}。`;
    }
    case "pace-rate":
      return `结果 ${amount(j.actual!, j.unit)}，目标 ${j.direction === "fall" ? "下降 " : ""}${amount(j.direction === "fall" ? Math.abs(j.target!) : j.target!, j.unit)}：增速、比率按数值本身对照，不按时间折算，${j.code === "on-pace" ? "已达到" : "尚未达到"}。`;
  }
}

/** One report's word on an item: when, the result, the status with its rule, the quote and a link to it. */
export function entryHtml(entry: ProgressEntry, hasTarget: boolean): Html {
  const when = `${entry.period ?? ""}${entry.asOf ? `（截至${formatDate(entry.asOf)}）` : ""}`;
  const value = entry.redacted ? html`<span class="redacted-value">未公开</span>` : entry.value !== null ? amount(entry.value, entry.unit) : "";
  const source = entry.source.report
    ? html`<a href="${planPlacePath(entry.source.report, entry.source.anchor)}">${entry.source.title}</a>${entry.source.line !== null && `（原文第 ${entry.source.line} 行）`}`
    : html`${entry.source.url ? html`<a href="${entry.source.url}" rel="external noopener">${entry.source.title}</a>` : entry.source.title}${entry.source.date && `（${formatDate(entry.source.date)}）`}`;
  return html`<div class="entry"><p class="entry-head"><span class="when">${when || "报告期未写明"}</span>${value && html` <strong class="value">${value}</strong>`} ${statusBadgeHtml(entry.judgement, entry.words)}</p><p class="working">${workingText(entry.judgement, entry, hasTarget)} <a href="${statusRulesPath(entry.judgement.rule)}">规则：${RULE_NAME[entry.judgement.rule]}</a></p>${entry.quote && html`<blockquote class="quote">原话：${textHtml(entry.quote)}</blockquote>`}${!entry.quote && entry.note && html`<p class="quote-note">说明：${entry.note}</p>`}<p class="cite">来源：${source}</p></div>`;
}

/** An item's status on the plan page: its latest status, the result and its source, the rule in words, and a link to its history on the progress page. */
export function itemStatusHtml(item: ItemProgress, plan: string, prefix = true): Html {
  const latest = item.entries.at(-1);
  const label = item.kind === "commitment" ? html`承诺“${textHtml(item.text)}”` : item.kind === "goal" ? "" : "本条";
  const more = item.entries.length > 0 ? html` <a href="${progressPath(plan)}#p-${item.item}">${item.entries.length > 1 ? `全年 ${item.entries.length} 次报告` : "详情"}</a>` : "";
  const result = latest && (latest.redacted ? html`结果未公开` : latest.value !== null ? html`结果 <strong>${amount(latest.value, latest.unit)}</strong>${latest.preliminary && "（预计数）"}` : "");
  const source = latest && html`（${latest.period ?? ""}${latest.period && "，"}来源：${latest.source.report ? html`<a href="${planPlacePath(latest.source.report, latest.source.anchor)}">${latest.source.title}</a>` : latest.source.title}）`;
  return html`<p class="progress-line${latest ? "" : " none"}">${prefix && html`落实情况${label && html`（${label}）`}：`}${statusBadgeHtml(item.status, latest?.words ?? null)}${latest && html` ${result}${source}<span class="working">${workingText(item.status, latest, item.target !== null)}</span>`}${more}</p>`;
}

/** A year of an indicator: its status, the target it used (and the year's other stated numbers, said not to be used), the rule and numbers. */
export function assessmentHtml(a: Assessment): Html {
  const badge = a.judgement ? statusBadgeHtml(a.judgement) : html`<span class="status-badge s-no-report">${a.label}</span>`;
  const used = a.target && html`状态按“${a.target.source.place ?? a.target.source.title}”${a.target.source.anchor?.startsWith("m-") ? "的措施承诺" : "中的目标"}（${formatObservation(a.target)}）判定`;
  const others = a.others.map((o) => {
    const place = o.source.place ?? o.source.title;
    if (o.source.anchor?.startsWith("m-")) return html`${place}另有措施承诺 ${formatObservation(o)}`;
    return html`“${place}”中另有${o.kind === "stretch" ? "力争目标" : "目标"} ${formatObservation(o)}`;
  });
  const result = a.actual && html` 结果 ${a.actual.redacted ? "未公开" : formatObservation(a.actual)}${a.actual.status && `（${a.actual.status}）`}，来源：${a.actual.source.title}。`;
  const working = a.judgement && a.judgement.rule !== "no-report" ? workingText(a.judgement, a.actual && { value: a.actual.value, unit: a.actual.unit, elapsedBasis: "全年" }) : "";
  return html`<strong>${a.year}年</strong>：${badge} ${a.label !== (a.judgement ? statusLabel(a.judgement) : a.label) ? html`<span class="muted">${a.label}</span> ` : ""}${used && html`<span class="basis">${used}${others.length > 0 && html`；${others.map((o, i) => html`${i > 0 && "；"}${o}`)}，仅供参考，不用于判定`}。</span>`}${a.judgement?.rule === "undisclosed-target" && result}${working && html` <span class="working">${working}</span> <a href="${statusRulesPath(a.judgement!.rule)}">规则</a>`}`;
}
