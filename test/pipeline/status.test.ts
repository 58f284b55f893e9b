import { describe, expect, it } from "vitest";
import { judge, targetDirection, unitFactor, type StatusResult, type StatusTarget } from "../../src/pipeline/status.ts";
import { elapsedShare, periodMonths } from "../../src/pipeline/report-period.ts";

/** Made-up targets and results (test data, no real figures). */
const target = (value: number | null, unit: string | null, text: string, extra: Partial<StatusTarget> = {}): StatusTarget => ({ value, unit, redacted: false, qualifier: null, text, ...extra });
const result = (value: number | null, unit: string | null, elapsed = 1, extra: Partial<StatusResult> = {}): StatusResult => ({ value, unit, redacted: false, elapsed, words: null, preliminary: false, ...extra });

describe("judge(target, result): the status rule, case by case", () => {
  const cases: [string, StatusTarget | null, StatusResult | null, string, string][] = [
    // name, target, result, code, rule
    ["no report", target(32, "家", "新增规上企业32家"), null, "no-report", "no-report"],
    ["year end, at least, met", target(32, "家", "新增规上企业32家"), result(32, "家"), "done", "year-end"],
    ["year end, at least, missed", target(32, "家", "新增规上企业32家"), result(26, "家"), "not-done", "year-end"],
    ["year end, 以上 met", target(20, "家", "新增20家以上", { qualifier: "以上" }), result(21, "家"), "done", "year-end"],
    ["year end, growth rate met", target(8, "%", "工业增加值增长8%"), result(8.2, "%"), "done", "year-end"],
    ["year end, growth rate: a fall misses a growth target", target(8, "%", "工业增加值增长8%"), result(-6, "%"), "not-done", "year-end"],
    ["year end, 以内 met", target(3, "%", "城镇调查失业率3%以内", { qualifier: "以内" }), result(2.8, "%"), "done", "year-end"],
    ["year end, 以内 missed", target(3, "%", "城镇调查失业率3%以内", { qualifier: "以内" }), result(3.4, "%"), "not-done", "year-end"],
    ["year end, 控制在 met", target(50, "万吨", "能耗总量控制在50万吨", { qualifier: "控制在" }), result(49, "万吨"), "done", "year-end"],
    ["year end, 下降 met (a fall of 3.5 against 3)", target(3, "%", "单位GDP能耗下降3%"), result(-3.5, "%"), "done", "year-end"],
    ["year end, 下降 missed (a fall of 2)", target(3, "%", "单位GDP能耗下降3%"), result(-2, "%"), "not-done", "year-end"],
    ["redacted target: result shown, not judged", target(null, "家", "新增规模工业企业X家", { redacted: true }), result(26, "家"), "undisclosed", "undisclosed-target"],
    ["no number in the target: the report's words", null, result(null, null, 0.5, { words: "序时推进" }), "self", "self"],
    ["withheld result: the report's words", target(100, "亿元", "完成投资100亿元"), result(null, "亿元", 0.5, { redacted: true, words: "达时序进度" }), "self", "self"],
    ["approximate target", target(3, "%", "居民消费价格涨幅3%左右", { qualifier: "左右" }), result(2, "%"), "not-comparable", "approximate"],
    ["unit that does not convert", target(8, "%", "工业投资增长8%"), result(70, "亿元"), "not-comparable", "unit-mismatch"],
    ["another unit, converted: 1.2亿元 against 10000万元", target(10000, "万元", "完成投资10000万元"), result(1.2, "亿元"), "done", "year-end"],
    ["half year, amount on pace (55% > 50%)", target(100, "亿元", "完成投资100亿元"), result(55, "亿元", 0.5), "on-pace", "pace-amount"],
    ["half year, amount behind (45% < 50%)", target(100, "亿元", "完成投资100亿元"), result(45, "亿元", 0.5), "behind", "pace-amount"],
    ["1—11 months: 91% is behind 91.7%", target(100, "个", "实施技改项目100个"), result(91, "个", 11 / 12), "behind", "pace-amount"],
    ["1—11 months: 11/12 exactly is on pace", target(120, "个", "实施技改项目120个"), result(110, "个", 11 / 12), "on-pace", "pace-amount"],
    ["half year, growth rate: the rate itself", target(8, "%", "工业增加值增长8%"), result(8.5, "%", 0.5), "on-pace", "pace-rate"],
    ["half year, growth rate behind", target(8, "%", "工业增加值增长8%"), result(6.3, "%", 0.5), "behind", "pace-rate"],
    ["half year, a cap used at pace", target(50, "万吨", "能耗总量控制在50万吨以内", { qualifier: "以内" }), result(24, "万吨", 0.5), "on-pace", "pace-amount"],
    ["half year, a cap used too fast", target(50, "万吨", "能耗总量控制在50万吨以内", { qualifier: "以内" }), result(30, "万吨", 0.5), "behind", "pace-amount"],
  ];
  it.each(cases)("%s", (_name, t, r, code, rule) => {
    const j = judge(t, r);
    expect([j.code, j.rule]).toEqual([code, rule]);
  });

  it("gives the numbers it used: the share reached and the share of the year elapsed", () => {
    expect(judge(target(100, "亿元", "完成投资100亿元"), result(55, "亿元", 0.5))).toEqual({
      code: "on-pace", rule: "pace-amount", direction: "at-least", target: 100, actual: 55, unit: "亿元", factor: 1, share: 0.55, elapsed: 0.5, preliminary: false,
    });
    const converted = judge(target(10000, "万元", "完成投资10000万元"), result(1.2, "亿元"));
    expect([converted.actual, converted.factor]).toEqual([12000, 10000]);
  });
  it("says a preliminary result is one", () => {
    expect(judge(target(8, "%", "增长8%"), result(8, "%", 1, { preliminary: true })).preliminary).toBe(true);
  });
});

describe("targetDirection and unitFactor", () => {
  it("reads the direction from the qualifier and the words", () => {
    expect(targetDirection({ qualifier: "以上", text: "增长8%以上", unit: "%" })).toBe("at-least");
    expect(targetDirection({ qualifier: null, text: "能耗总量控制在50万吨", unit: "万吨" })).toBe("at-most");
    expect(targetDirection({ qualifier: null, text: "单位GDP能耗下降3%", unit: "%" })).toBe("fall");
    expect(targetDirection({ qualifier: null, text: "减少烧结砖瓦企业3家", unit: "家" })).toBe("at-least"); // an amount to cut is an amount to reach
  });
  it("converts multiples and nothing else", () => {
    expect(unitFactor("亿元", "万元")).toBe(10000);
    expect(unitFactor("万人", "人")).toBe(10000);
    expect(unitFactor("家", "个")).toBeNull();
    expect(unitFactor("%", "个百分点")).toBeNull();
  });
});

describe("elapsedShare(period, asOf)", () => {
  it("reads the period labels reports use", () => {
    expect(["一季度", "第一季度", "上半年", "前三季度", "1—11月", "1-11月", "1至5月", "全年", "上旬"].map(periodMonths)).toEqual([3, 3, 6, 9, 11, 11, 5, 12, null]);
  });
  it("prefers the period; else the as-of date's place in the year", () => {
    expect(elapsedShare("上半年", "2022-07-15")).toEqual({ share: 0.5, months: 6, basis: "报告期“上半年”" });
    expect(elapsedShare(null, "2022-11-30")).toEqual({ share: 11 / 12, months: 11, basis: "截至11月底" });
    expect(elapsedShare(null, "2022-07-15")?.share).toBeCloseTo(196 / 365, 10);
    expect(elapsedShare(null, null)).toBeNull();
  });
});
