/** summary: what the printable annual summary shows beyond the plan itself — key indicators, and the year compared with the last. */
import type { Comparison } from "../schema/comparison.ts";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Plan } from "../schema/plan.ts";
import { officesNote } from "./compare-words.ts";

/** Returns the series of the plan's goal indicators that have a reported result: the charts worth a page. */
export function keyIndicators(plan: Pick<Plan, "goals" | "jurisdiction">, all: IndicatorSeries[]): IndicatorSeries[] {
  const goals = new Set(plan.goals.map((g) => g.indicator));
  return all.filter((s) => goals.has(s.id) && s.jurisdiction === plan.jurisdiction && s.observations.some((o) => o.kind === "actual" && o.value !== null));
}

/** Returns the comparison with the previous plan in sentences: goals kept, changed, new and dropped; entities in both; themes gone. */
export function changeSentences(c: Comparison): string[] {
  const names = (change: string) => c.goals.filter((g) => g.change === change).map((g) => g.name);
  const list = (items: string[]) => items.join("、");
  const goals = [
    ["保留", names("kept")],
    ["调整", names("changed")],
    ["新增", names("new")],
    ["不再列入", names("dropped")],
  ].filter(([, items]) => items!.length > 0).map(([label, items]) => `${label} ${items!.length} 项（${list(items as string[])}）`);
  const both = c.entities.filter((e) => e.in === "both").map((e) => e.name);
  const gone = c.themes.filter((t) => t.to.length === 0).map((t) => t.name);
  const added = c.themes.filter((t) => t.from.length === 0).map((t) => t.name);
  return [
    `发展目标与${c.from.year}年相比：${goals.join("；")}。`,
    ...(both.length ? [`两年都点名的企业和项目：${list(both)}。`] : []),
    ...(added.length ? [`${c.from.year}年没有、本年新出现的工作主题：${list(added)}。`] : []),
    ...(gone.length ? [`${c.from.year}年有、本年没有措施的工作主题：${list(gone)}。`] : []),
    ...(officesNote(c) ? [`${officesNote(c)}。`] : []),
  ];
}
