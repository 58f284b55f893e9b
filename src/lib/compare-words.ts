/** compare-words: a comparison's changes said in words — each goal's change and the offices' — for the pages, the summary and data/compare/*.json. */
import type { Comparison, GoalChange } from "../schema/comparison.ts";
import type { Observation } from "../schema/observation.ts";
import { mainTarget } from "../pipeline/compare.ts";
import { formatObservation } from "./format.ts";

/** What each kind of goal change is called. */
export const CHANGE_LABEL = { kept: "保留", changed: "目标调整", new: "新增", dropped: "不再列入" } as const;

/** Returns a goal's change between the two years in a sentence: 目标由 8% 调整为 7%, 两年目标值均未公开，无法比较高低 … */
export function goalChangeNote(g: GoalChange, yearA: number, yearB: number): string {
  if (g.indicator === null) return "此目标未对应到任何指标，按文字比对";
  const stated = (year: number, obs: Observation[]) => obs.map((o) => `${year}年${o.source.place}提出“${o.text}”`).join("；");
  if (g.change === "new") return `${yearA}年未列为目标` + (g.fromMeasures.length ? `；但${stated(yearA, g.fromMeasures)}` : "");
  if (g.change === "dropped") return `${yearB}年不再列为目标` + (g.toMeasures.length ? `；但${stated(yearB, g.toMeasures)}` : "");
  const [x, y] = [mainTarget(g.from), mainTarget(g.to)];
  if (g.change === "changed") return `目标由 ${formatObservation(x)} 调整为 ${formatObservation(y)}`;
  if (x.redacted || y.redacted) {
    const hidden = x.redacted && y.redacted ? "两年目标值均未公开" : x.redacted ? `${yearA}年目标值未公开` : `${yearB}年目标值未公开`;
    return `两年均列为目标；${hidden}，无法比较高低`;
  }
  if (x.value === null && y.value === null) return "两年均列为定性目标";
  return `两年目标相同：${formatObservation(y)}`;
}

/** Returns why the offices cannot be compared (2022年计划未标注责任股室…), or null when both plans name their offices. */
export function officesNote(c: Comparison): string | null {
  const silent = [!c.offices.fromNamesOffices && c.from.year, !c.offices.toNamesOffices && c.to.year].filter(Boolean);
  return silent.length ? `${silent.map((y) => `${y}年`).join("和")}计划未标注责任股室，无法比较各股室分工的变化` : null;
}

/** Returns the comparison as data/compare/<a>-<b>.json publishes it: each goal change and the offices with their sentence. */
export function publishedComparison(c: Comparison) {
  return {
    ...c,
    goals: c.goals.map((g) => ({ ...g, note: goalChangeNote(g, c.from.year, c.to.year) })),
    offices: { ...c.offices, note: officesNote(c) },
  };
}
