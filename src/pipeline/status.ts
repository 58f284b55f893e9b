/**
 * status: was it done — judges one reported result against one target by a published rule (the 序时进度
 * practice of Chinese governments), and returns the rule, the numbers it used and the verdict. A status
 * never exists without a result: no result is 尚无报告.
 */

import type { z } from "zod";
import type { JudgementSchema, RuleIdSchema, StatusCodeSchema } from "../schema/progress.ts";

export type StatusCode = z.output<typeof StatusCodeSchema>;

/**
 * Which rule gave the verdict (the methodology page explains each, with a worked example): no-report —
 * no result; undisclosed-target — the target is redacted, the result is shown, not judged; self — no
 * numeric target, or the result's number is withheld: the report's own words (自评); approximate — a
 * 左右 target is not judged; unit-mismatch — units that do not convert; year-end — a full-year result
 * against the target in its direction; pace-amount — a part-year amount: the share of the target
 * reached against the share of the year elapsed; pace-rate — a part-year rate against the target itself.
 */
export type RuleId = z.output<typeof RuleIdSchema>;

export type Direction = "at-least" | "at-most" | "fall";

export interface StatusTarget {
  value: number | null;
  unit: string | null;
  redacted: boolean;
  qualifier: string | null;
  text: string; // the plan's words: their 下降 / 控制在 set the direction
}

export interface StatusResult {
  value: number | null; // signed for a rate: 下降5.9% is −5.9
  unit: string | null;
  redacted: boolean;
  elapsed: number; // the share of the year the result covers (1 for a full year)
  words: string | null; // the report's own status words: 已完成, 序时推进, 滞后 …
  preliminary: boolean; // 预计数
}

export type Judgement = z.output<typeof JudgementSchema>;

const AT_MOST = /^(?:以内|以下|不超过|不高于|控制在)$/;
const AT_MOST_TEXT = /控制在|不超过|不高于/;
const FALL = /下降|降低|减少|压减|压降|降幅/;
const RATES = new Set(["%", "‰", "个百分点"]);
const EPSILON = 1e-9;

/** Units that are multiples of one another: the factor of each in the group's smallest. */
const UNIT_GROUPS: Record<string, number>[] = [
  { 元: 1, 万元: 1e4, 亿元: 1e8 },
  { 人: 1, 人次: 1, 万人: 1e4, 万人次: 1e4 },
  { 吨: 1, 万吨: 1e4 },
  { 千瓦: 1, 万千瓦: 1e4 },
  { 千瓦时: 1, 度: 1, 万千瓦时: 1e4, 亿千瓦时: 1e8 },
  { 亩: 1, 万亩: 1e4 },
  { 平方米: 1, 万平方米: 1e4 },
  { 公里: 1, 千米: 1 },
];

/** Returns how many of `to` one `from` is (亿元 in 万元: 10000), 1 for the same unit, null when they do not convert. */
export function unitFactor(from: string | null, to: string | null): number | null {
  if (from === to) return 1;
  if (from === null || to === null) return null;
  const group = UNIT_GROUPS.find((g) => from in g && to in g);
  return group ? group[from]! / group[to]! : null;
}

/** Returns the direction a target is met in: at most for 以内 / 控制在 …, a fall for a rate to go down, else at least (以上, 增长, none). */
export function targetDirection(target: Pick<StatusTarget, "qualifier" | "text" | "unit">): Direction {
  if (AT_MOST.test(target.qualifier ?? "") || AT_MOST_TEXT.test(target.text)) return "at-most";
  if (RATES.has(target.unit ?? "") && FALL.test(target.text)) return "fall";
  return "at-least";
}

/** Returns the verdict on `result` against `target` (null: no numeric target at all) by the rule that applies. */
export function judge(target: StatusTarget | null, result: StatusResult | null): Judgement {
  const base = { direction: null, target: null, actual: null, unit: target?.unit ?? null, factor: null, share: null, elapsed: null, preliminary: result?.preliminary ?? false };
  const verdict = (code: StatusCode, rule: RuleId, extra: Partial<Judgement> = {}): Judgement => ({ ...base, code, rule, ...extra });
  if (!result) return verdict("no-report", "no-report");
  if (target?.redacted) return verdict("undisclosed", "undisclosed-target");
  if (!target || target.value === null) return verdict("self", "self");
  if (result.value === null) return verdict("self", "self"); // withheld or not stated: only the bureau's own words remain
  if (target.qualifier === "左右") return verdict("not-comparable", "approximate", { target: target.value });
  const factor = unitFactor(result.unit, target.unit);
  if (factor === null) return verdict("not-comparable", "unit-mismatch", { target: target.value });
  const direction = targetDirection(target);
  const actual = result.value * factor;
  const goal = direction === "fall" ? -Math.abs(target.value) : target.value;
  const meets = (bound: number) => (direction === "at-least" ? actual >= bound - EPSILON : actual <= bound + EPSILON);
  const numbers = { direction, target: target.value, actual, factor };
  if (result.elapsed >= 1 - EPSILON) return verdict(meets(goal) ? "done" : "not-done", "year-end", numbers);
  if (RATES.has(target.unit ?? "")) return verdict(meets(goal) ? "on-pace" : "behind", "pace-rate", { ...numbers, elapsed: result.elapsed });
  const share = target.value === 0 ? null : actual / target.value;
  const onPace = direction === "at-least" ? (share === null ? actual >= 0 : share >= result.elapsed - EPSILON) : meets(goal * result.elapsed);
  return verdict(onPace ? "on-pace" : "behind", "pace-amount", { ...numbers, share, elapsed: result.elapsed });
}

/** What each status is called on every page, in the order counts list them. */
export const STATUS_LABEL: Record<StatusCode, string> = {
  done: "已完成",
  "not-done": "未完成",
  "on-pace": "达到序时进度",
  behind: "滞后序时进度",
  undisclosed: "目标未公开",
  self: "自评",
  "not-comparable": "无法判定",
  "no-report": "尚无报告",
};
