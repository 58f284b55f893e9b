import { describe, expect, it } from "vitest";
import { assessYear } from "../../src/pipeline/assess.ts";
import type { Observation } from "../../src/schema/observation.ts";

/** A made-up observation for 2022 (test data). */
function obs(kind: Observation["kind"], value: number | null, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: "x", year: 2022, kind, value, unit: "家", redacted: false, qualifier: null, status: null, text: null, jurisdiction: null,
    source: { title: "测试", date: null, plan: null, anchor: null, place: null }, note: null, ...extra,
  };
}
const verdict = (observations: Observation[]) => {
  const a = assessYear(observations, 2022);
  return [a.verdict, a.label];
};

describe("assessYear(observations, year)", () => {
  it("says 尚无数据 without a result, and 计划未设目标 with a result but no target", () => {
    expect(verdict([obs("target", 30)])).toEqual(["no-data", "尚无数据"]);
    expect(verdict([obs("actual", 26)])).toEqual(["no-target", "计划未设目标"]);
  });
  it("never judges against a redacted target", () => {
    expect(verdict([obs("target", null, { redacted: true }), obs("actual", 26)])).toEqual(["undisclosed", "目标未公开，无法对照"]);
  });
  it("judges a disclosed target: at least, unless the qualifier says at most; a preliminary result says so", () => {
    expect(verdict([obs("target", 30), obs("actual", 26)])).toEqual(["missed", "未达到目标"]);
    expect(verdict([obs("target", 20, { qualifier: "以上" }), obs("actual", 26, { status: "预计数" })])).toEqual(["met", "达到目标（据预计数）"]);
    expect(verdict([obs("target", 30, { qualifier: "以内" }), obs("actual", 26)])).toEqual(["met", "达到目标"]);
  });
  it("prefers the plain target to the 力争 one, and a numeric one to a redacted one", () => {
    const a = assessYear([obs("target", null, { redacted: true }), obs("stretch", 40), obs("target", 20), obs("actual", 26)], 2022);
    expect([a.verdict, a.target?.value]).toEqual(["met", 20]);
  });
  it("does not judge a fall, an approximate target, another unit or a qualitative target", () => {
    expect(verdict([obs("target", 3, { text: "烧结砖瓦企业数量减少3%", unit: "%" }), obs("actual", 2, { unit: "%" })])[0]).toBe("not-comparable");
    expect(verdict([obs("target", 8, { qualifier: "左右", unit: "%" }), obs("actual", 9, { unit: "%" })])[0]).toBe("not-comparable");
    expect(verdict([obs("target", 8, { unit: "%" }), obs("actual", 70, { unit: "亿元" })])).toEqual(["not-comparable", "口径不同，无法对照"]);
    expect(verdict([obs("target", null, { unit: null }), obs("actual", 1, { unit: null })])).toEqual(["qualitative", "定性目标，无法按数值对照"]);
  });
  it("only looks at the year asked", () => {
    expect(verdict([obs("target", 30, { year: 2021 }), obs("actual", 26)])).toEqual(["no-target", "计划未设目标"]);
  });
});
