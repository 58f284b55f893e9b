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

const goal = (value: number | null, extra: Partial<Observation> = {}) => obs("target", value, { source: { title: "测试计划", date: null, plan: "p", anchor: "g-1", place: "二、发展目标" }, ...extra });
const commitment = (value: number | null, extra: Partial<Observation> = {}) => obs("target", value, { source: { title: "测试计划", date: null, plan: "p", anchor: "m-13", place: "第 13 条" }, ...extra });

describe("assessYear(observations, year)", () => {
  it("says 尚无报告 without a result, and 计划未设目标 with a result but no target", () => {
    expect(verdict([goal(30)])).toEqual(["no-report", "尚无报告"]);
    expect(verdict([obs("actual", 26)])).toEqual(["no-target", "计划未设目标"]);
  });
  it("never judges against a redacted target", () => {
    expect(verdict([goal(null, { redacted: true }), obs("actual", 26)])).toEqual(["undisclosed", "目标未公开"]);
  });
  it("judges a disclosed target in its direction: at least, unless the qualifier says at most; a preliminary result says so", () => {
    expect(verdict([goal(30), obs("actual", 26)])).toEqual(["not-done", "未完成"]);
    expect(verdict([goal(20, { qualifier: "以上" }), obs("actual", 26, { status: "预计数" })])).toEqual(["done", "已完成（据预计数）"]);
    expect(verdict([goal(30, { qualifier: "以内" }), obs("actual", 26)])).toEqual(["done", "已完成"]);
  });
  it("judges against the goal of record: a redacted goal is not replaced by a measure's number (the 新增规模工业企业 X家 / 第13条 32家 case)", () => {
    const a = assessYear([goal(null, { redacted: true }), commitment(32), obs("actual", 26)], 2022);
    expect([a.verdict, a.target?.source.anchor, a.others.map((o) => o.value)]).toEqual(["undisclosed", "g-1", [32]]);
  });
  it("uses a measure's commitment when the plan sets no goal for the indicator, and the plain target before the 力争 one", () => {
    expect(assessYear([commitment(32), obs("actual", 33)], 2022).verdict).toBe("done");
    const a = assessYear([goal(40, { kind: "stretch" }), goal(20), obs("actual", 26)], 2022);
    expect([a.verdict, a.target?.value]).toEqual(["done", 20]);
  });
  it("judges a fall in its direction; does not judge an approximate target, another unit or a qualitative target", () => {
    expect(verdict([goal(3, { text: "烧结砖瓦企业数量减少3%", unit: "%" }), obs("actual", -4, { unit: "%" })])).toEqual(["done", "已完成"]);
    expect(verdict([goal(8, { qualifier: "左右", unit: "%" }), obs("actual", 9, { unit: "%" })])[0]).toBe("not-comparable");
    expect(verdict([goal(8, { unit: "%" }), obs("actual", 70, { unit: "亿元" })])).toEqual(["not-comparable", "无法判定"]);
    expect(verdict([goal(null, { unit: null }), obs("actual", 1, { unit: null })])).toEqual(["self", "定性目标，无法按数值判定"]);
  });
  it("only looks at the year asked", () => {
    expect(verdict([goal(30, { year: 2021 }), obs("actual", 26)])).toEqual(["no-target", "计划未设目标"]);
  });
});
