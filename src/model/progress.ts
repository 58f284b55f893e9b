/** progress: each plan item's reported history and status — goals, quantified commitments and measures — from the editor's progress rows and the indicators' reported results. */
import type { Observation } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import type { ProgressRecord } from "../schema/progress.ts";
import { placedMeasures } from "../pipeline/plan-text.ts";
import { resolveItem, type ItemKind } from "../pipeline/progress.ts";
import { judge, unitFactor, type Judgement, type StatusCode, type StatusTarget } from "../pipeline/status.ts";
import type { Indicator } from "../schema/indicator.ts";


/** One report's word on an item: what it says, where, and the status the rule gives it. */
export interface ProgressEntry {
  asOf: string | null;
  period: string | null;
  elapsed: number;
  elapsedBasis: string;
  value: number | null;
  unit: string | null;
  redacted: boolean;
  preliminary: boolean;
  words: string | null; // the report's own status words
  quote: string | null; // the report's words; null for an indicator's reported value (its note says more)
  source: ProgressRecord["source"];
  note: string | null;
  judgement: Judgement;
}

export interface ItemProgress {
  item: string; // g-2, m-13, m-13-c1
  kind: ItemKind;
  anchor: string; // where the item stands on the plan page
  place: string; // 二、发展目标 / 第 13 条
  text: string; // the goal, the commitment, or the measure's title, as in the source
  indicator: string | null;
  target: StatusTarget | null; // null for a measure: it has no number of its own
  entries: ProgressEntry[]; // oldest first
  status: Judgement; // of the latest entry; 尚无报告 when there is none
}

export interface PlanProgress {
  items: ItemProgress[]; // goals, then each measure followed by its commitments, in document order
  counts: Record<ItemKind, Partial<Record<StatusCode, number>>>;
  reports: Plan[]; // the reports on this plan in the catalogue, oldest as-of first
}

/** Returns each plan's progress, by plan id: plans only (a report states results, not promises). */
export function planProgress(plans: Plan[], records: ProgressRecord[], values: Observation[]): Map<string, PlanProgress> {
  const reportsOn = (id: string) => plans.filter((p) => p.reporting?.plan === id).sort((a, b) => (a.reporting?.asOf ?? "").localeCompare(b.reporting?.asOf ?? "") || a.id.localeCompare(b.id));
  return new Map(plans.filter((p) => p.kind !== "report").map((plan) => {
    const own = records.filter((r) => r.plan === plan.id);
    const items = planItems(plan).map((item) => withEntries(item, own.filter((r) => r.item === item.item), yearEndValues(plan, item.indicator, values)));
    return [plan.id, { items, counts: countItems(items), reports: reportsOn(plan.id) }];
  }));
}

type Item = Omit<ItemProgress, "entries" | "status">;

/** Returns a plan's items: each goal, then each measure followed by its quantified commitments. */
export function planItems(plan: Pick<Plan, "goals" | "parts">): Item[] {
  const goals = plan.goals.map((g): Item => ({ item: g.anchor, kind: "goal", anchor: g.anchor, place: "目标", text: g.text, indicator: g.indicator, target: { ...g } }));
  const measures = placedMeasures(plan).flatMap(({ measure, ref }): Item[] => [
    { item: measure.anchor, kind: "measure", anchor: measure.anchor, place: ref.place, text: measure.title, indicator: null, target: null },
    ...measure.commitments.map((c, i): Item => ({ item: `${measure.anchor}-c${i + 1}`, kind: "commitment", anchor: measure.anchor, place: ref.place, text: c.text, indicator: c.indicator, target: { ...c } })),
  ]);
  return [...goals, ...measures];
}

/** The indicator's reported results for the plan's year and jurisdiction: a full-year result of a goal or commitment linked to it. */
function yearEndValues(plan: Plan, indicator: string | null, values: Observation[]): Observation[] {
  return indicator ? values.filter((o) => o.kind === "actual" && o.indicator === indicator && o.year === plan.year && o.jurisdiction === plan.jurisdiction) : [];
}

function withEntries(item: Item, records: ProgressRecord[], reported: Observation[]): ItemProgress {
  const target = item.target ? { value: item.target.value, unit: item.target.unit, redacted: item.target.redacted, qualifier: item.target.qualifier, text: item.target.text } : null;
  const entry = (e: Omit<ProgressEntry, "judgement">): ProgressEntry => ({ ...e, judgement: judge(target, e) });
  const entries = [
    ...records.map((r) => entry({
      asOf: r.asOf, period: r.period, elapsed: r.elapsed, elapsedBasis: r.elapsedBasis, value: r.value, unit: r.unit, redacted: r.redacted,
      preliminary: r.preliminary, words: r.words, quote: r.quote, source: r.source, note: r.note,
    })),
    ...reported.map((o) => entry({
      asOf: o.source.date, period: "全年", elapsed: 1, elapsedBasis: "全年结果", value: o.value, unit: o.unit, redacted: o.redacted,
      preliminary: /预计/.test(o.status ?? ""), words: o.status, quote: null,
      source: { report: null, title: o.source.title, date: o.source.date, url: null, line: null, anchor: null }, note: o.note,
    })),
  ].sort((a, b) => a.elapsed - b.elapsed || (a.asOf ?? "").localeCompare(b.asOf ?? ""));
  return { ...item, target, entries, status: entries.at(-1)?.judgement ?? judge(target, null) };
}

function countItems(items: ItemProgress[]): PlanProgress["counts"] {
  const counts: PlanProgress["counts"] = { goal: {}, commitment: {}, measure: {} };
  for (const { kind, status } of items) counts[kind][status.code] = (counts[kind][status.code] ?? 0) + 1;
  return counts;
}

/**
 * Returns the full-year results reports give for goals and commitments linked to an indicator, as the
 * indicator's results (one fact, one place: data/indicator-values.csv never repeats them — readProgress
 * refuses that), in the indicator's unit (a figure whose unit does not convert to it is left to the
 * plan's progress page). Part-year figures stay on the plan's progress page.
 */
export function yearEndObservations(plans: Plan[], records: ProgressRecord[], indicators: Indicator[]): Observation[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return records.flatMap((r) => {
    const plan = byId.get(r.plan);
    const indicator = plan && r.elapsed === 1 && (r.value !== null || r.redacted) ? indicators.find((i) => i.id === resolveItem(plan, r.item)?.indicator) : undefined;
    const factor = indicator ? unitFactor(r.unit, indicator.unit) : null; // in the indicator's unit, as its chart reads: 460000万元 is 46亿元
    if (!plan || !indicator || factor === null) return [];
    const report = r.source.report ? byId.get(r.source.report) : undefined;
    return [{
      indicator: indicator.id, year: plan.year, kind: "actual" as const, value: r.value === null ? null : Math.round(r.value * factor * 1e6) / 1e6, unit: indicator.unit, redacted: r.redacted, qualifier: null,
      status: r.preliminary ? "预计数" : null, text: null, jurisdiction: plan.jurisdiction,
      source: { title: r.source.title, date: r.source.date, plan: report ? report.id : null, anchor: report ? r.source.anchor : null, place: null },
      note: `报告原文：${r.quote}`,
    }];
  });
}
