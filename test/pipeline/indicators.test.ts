import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { linkGoals, readIndicators, readIndicatorValues, resolveIndicator } from "../../src/pipeline/indicators.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { parse, parseFixture } from "../helpers/plan.ts";

const dictionary = readIndicators(readCsv(readFileSync(resolve(import.meta.dirname, "../../data/indicators.csv")), "data/indicators.csv"));
const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/indicators.csv");

describe("readIndicators(table)", () => {
  it("reads id, name, unit (empty → null), category and |-separated aliases", () => {
    expect(readIndicators(csv("id,name,unit,category,aliases\nenergy,工业节能,,绿色低碳,工业节能|工业节能增效\n"))).toEqual([
      { id: "energy", name: "工业节能", unit: null, category: "绿色低碳", aliases: ["工业节能", "工业节能增效"] },
    ]);
  });
  it("stops on a duplicate id and on an alias given to two indicators", () => {
    const bad = "id,name,unit,category,aliases\na,甲,%,类,工业投资\na,乙,%,类,\nb,丙,%,类,工业投资\n";
    expect(() => readIndicators(csv(bad))).toThrow(InputError);
    expect(() => readIndicators(csv(bad))).toThrow(
      "data/indicators.csv:3:1: 编号“a”重复（第 2 行已使用）\ndata/indicators.csv:4:5: 别名“工业投资”已属于指标“a”",
    );
  });
});

describe("resolveIndicator(goal, indicators)", () => {
  it("prefers the longest alias: 技改投资 is not 工业投资, 规上工业增加值 is 工业增加值", () => {
    expect(resolveIndicator({ subject: "技改投资", text: "技改投资同比增长X%以上" }, dictionary)).toBe("technical-upgrade-investment");
    expect(resolveIndicator({ subject: "规上工业增加值", text: "力争实现增长*%" }, dictionary)).toBe("industrial-value-added");
    expect(resolveIndicator({ subject: "地区生产总值", text: "地区生产总值增长6%" }, dictionary)).toBeNull();
  });
});

describe("linkGoals(plan, indicators)", () => {
  it("links every goal of both seeds, the qualitative 工业节能 included", () => {
    expect(linkGoals(parseFixture("suixi-2021"), dictionary).goals.map((g) => g.indicator)).toEqual([
      "new-above-scale-enterprises", "industrial-value-added", "industrial-investment", "technical-upgrade-investment", "new-private-enterprises",
      "new-individual-businesses", "new-ict-enterprises", "ict-revenue", "industrial-energy-saving",
    ]);
    expect(linkGoals(parseFixture("suixi-2022"), dictionary).goals.map((g) => g.indicator)).toEqual([
      "industrial-value-added", "industrial-value-added", "industrial-investment", "technical-upgrade-investment", "new-above-scale-enterprises",
      "zombie-enterprises-disposed", "land-released", "new-private-enterprises", "new-individual-businesses", "industrial-energy-saving",
    ]);
  });
  it("warns, naming the goal and its line, when a goal matches no indicator", () => {
    const plan = linkGoals(parse("一、发展目标\n地区生产总值增长6%。"), dictionary);
    expect(plan.goals[0]!.indicator).toBeNull();
    expect(plan.warnings).toEqual([{ line: 2, message: "目标“地区生产总值增长6%”没有对应的指标：请在 data/indicators.csv 中补充别名" }]);
  });
});

describe("readIndicatorValues(table, indicators, planYears)", () => {
  const header = "indicator,year,kind,value,unit,status,source,source_date,note\n";
  const values = (text: string) => readIndicatorValues(csv(header + text), dictionary, [2021, 2022]);

  it("reads the committed values: the 2022 results, each with its source", () => {
    const committed = readIndicatorValues(readCsv(readFileSync(resolve(import.meta.dirname, "../../data/indicator-values.csv")), "data/indicator-values.csv"), dictionary, [2021, 2022]);
    expect(committed.find((v) => v.indicator === "industrial-value-added")).toEqual({
      indicator: "industrial-value-added", year: 2022, kind: "actual", value: -6, unit: "%", status: "预计数",
      source: "濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上）", sourceDate: "2023-01-12",
      note: "报告原文：规模工业增加值下降6%", redacted: false,
    });
    expect(committed.every((v) => v.source && v.year === 2022 && v.kind === "actual")).toBe(true);
  });

  it("reads X or * in a value cell as redacted, not as an error", () => {
    expect(values("industrial-investment,2021,target,X,%,,2021年工作要点,,\n")[0]).toMatchObject({ value: null, redacted: true });
  });

  it("stops on a non-numeric value, an unknown indicator, a year with no plan and a duplicate, each at file:line:column", () => {
    const bad = [
      "industrial-investment,2022,actual,七十,亿元,,报告,,",
      "no-such-thing,2022,actual,1,家,,报告,,",
      "industrial-investment,2020,actual,1,%,,报告,,",
      "new-above-scale-enterprises,2022,actual,26,家,,报告,,",
      "new-above-scale-enterprises,2022,actual,27,家,,报告,,",
    ].join("\n");
    expect(() => values(bad)).toThrow([
      "data/indicators.csv:2:4: value：“七十”不是数字（未公开的数值请填 X 或 *）",
      "data/indicators.csv:3:1: 未知的指标编号“no-such-thing”：请先在 data/indicators.csv 中登记",
      "data/indicators.csv:4:2: 2020 年没有已发布的计划（已有：2021、2022）",
      "data/indicators.csv:6:3: “new-above-scale-enterprises”2022 年的 actual 已在第 5 行填写",
    ].join("\n"));
  });

  it("stops on a misspelt column", () => {
    expect(() => readIndicatorValues(csv(header.replace("kind", "knid") + "a,2022,actual,1,%,,s,,\n"), dictionary, [2022])).toThrow("data/indicators.csv:1:0: 缺少列“kind”");
  });
});
