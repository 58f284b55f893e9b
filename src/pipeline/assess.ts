/** assess: says how a year's reported result stands against that year's target — only where an honest comparison exists. */
import type { Observation } from "../schema/observation.ts";

export type Verdict = "met" | "missed" | "no-data" | "no-target" | "undisclosed" | "qualitative" | "not-comparable";

export interface Assessment {
  year: number;
  verdict: Verdict;
  label: string; // 达到目标 / 未达到目标 / 尚无数据 / 目标未公开，无法对照 …
  target: Observation | null; // the target compared with, when there is one
  actual: Observation | null;
}

const AT_MOST = /^(以内|以下|不超过|控制在)$/; // the result must not exceed the target
const DECREASE = /下降|减少|降低|压减|压降/; // a target stated as a fall: its sign is not the result's

/**
 * Returns the verdict for `year`. A result is judged only against a disclosed target in the same unit:
 * a plain target (else a 力争 one) read with its qualifier — 以上 or none: at least; 以内/以下/不超过:
 * at most. A redacted target gives 目标未公开; a target for a fall (下降X%), an approximate one (左右)
 * or one in another unit is not judged; no result gives 尚无数据. A preliminary result (status 预计数)
 * says so in the label.
 */
export function assessYear(observations: Observation[], year: number): Assessment {
  const ofYear = observations.filter((o) => o.year === year);
  const actual = ofYear.find((o) => o.kind === "actual" && o.value !== null) ?? null;
  const targets = ofYear.filter((o) => o.kind !== "actual");
  const result = (verdict: Verdict, label: string, target: Observation | null = null): Assessment => ({ year, verdict, label, target, actual });
  if (!actual) return result("no-data", "尚无数据");
  if (targets.length === 0) return result("no-target", "计划未设目标");
  const numeric = targets.filter((t) => t.value !== null && t.unit === actual.unit).sort((a, b) => rank(a) - rank(b));
  const target = numeric[0];
  if (!target) {
    if (targets.some((t) => t.redacted)) return result("undisclosed", "目标未公开，无法对照");
    if (targets.every((t) => t.unit === null)) return result("qualitative", "定性目标，无法按数值对照");
    return result("not-comparable", "口径不同，无法对照");
  }
  if (DECREASE.test(target.text ?? "") || target.qualifier === "左右") return result("not-comparable", "目标为降幅或约数，请对照原文", target);
  const met = AT_MOST.test(target.qualifier ?? "") ? actual.value! <= target.value! : actual.value! >= target.value!;
  const preliminary = actual.status ? `（据${actual.status}）` : "";
  return result(met ? "met" : "missed", `${met ? "达到目标" : "未达到目标"}${preliminary}`, target);
}

function rank(o: Observation): number {
  return o.kind === "target" ? 0 : 1;
}
