/** assess: says how a year's reported result stands against that year's target of record — by the published status rule (status.ts). */
import type { Observation } from "../schema/observation.ts";
import { judge, STATUS_LABEL, type Judgement, type StatusCode } from "./status.ts";

export type Verdict = StatusCode | "no-target";

export interface Assessment {
  year: number;
  verdict: Verdict;
  label: string; // 已完成 / 未完成 / 目标未公开 / 尚无报告 / 计划未设目标 …
  target: Observation | null; // the target of record the result was judged against
  others: Observation[]; // the year's other stated targets (a measure's commitment beside a goal, a 力争 target): shown, not used
  actual: Observation | null;
  judgement: Judgement | null; // the rule and numbers; null when no target was set
}

/**
 * Returns the target of record among a year's stated targets: a goal of the plan's goals (g-…) before a
 * measure's commitment, a plain target before a 力争 one, then document order. A redacted goal stays
 * the target of record: a commitment's number in a measure never stands in for it.
 */
export function targetOfRecord(targets: Observation[]): Observation | null {
  const rank = (o: Observation) => (o.source.anchor?.startsWith("g-") || o.source.plan === null ? 0 : 2) + (o.kind === "target" ? 0 : 1);
  return [...targets].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Returns the verdict for `year`: the year's result (the first actual stated) judged as a full-year result against the target of record. */
export function assessYear(observations: Observation[], year: number): Assessment {
  const ofYear = observations.filter((o) => o.year === year);
  const actual = ofYear.find((o) => o.kind === "actual") ?? null;
  const targets = ofYear.filter((o) => o.kind !== "actual");
  const target = targetOfRecord(targets);
  const others = targets.filter((t) => t !== target);
  if (!target) return { year, verdict: actual ? "no-target" : "no-report", label: actual ? "计划未设目标" : STATUS_LABEL["no-report"], target, others, actual, judgement: null };
  const judgement = judge(
    { value: target.value, unit: target.unit, redacted: target.redacted, qualifier: target.qualifier, text: target.text ?? "" },
    actual ? { value: actual.value, unit: actual.unit, redacted: actual.redacted, elapsed: 1, words: null, preliminary: /预计/.test(actual.status ?? "") } : null,
  );
  const label = judgement.code === "self" ? (actual?.redacted ? "结果未公开" : "定性目标，无法按数值判定") : `${STATUS_LABEL[judgement.code]}${judgement.preliminary && ["done", "not-done"].includes(judgement.code) ? "（据预计数）" : ""}`;
  return { year, verdict: judgement.code, label, target, others, actual, judgement };
}
